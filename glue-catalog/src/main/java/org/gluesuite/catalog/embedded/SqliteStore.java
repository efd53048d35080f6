package org.gluesuite.catalog.embedded;

import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Duration;
import java.util.concurrent.ThreadLocalRandom;
import org.gluesuite.catalog.CatalogErrors;
import org.gluesuite.catalog.CatalogStoreException;
import org.sqlite.SQLiteConfig;
import org.sqlite.SQLiteErrorCode;
import org.sqlite.SQLiteException;

/**
 * One SQLite connection to the catalog file and the transactions around it.
 *
 * <p>Writers run in {@code BEGIN IMMEDIATE}, which takes the file's single write lock up front, so two
 * processes never both read-then-write and then conflict at commit. Readers run in a deferred
 * {@code BEGIN}: in WAL mode they see one committed snapshot and never wait for writers. SQLite's busy
 * handler waits for the lock; the loop here also retries the busy cases the handler does not cover
 * (WAL recovery, snapshot upgrades), until {@code busyBudget} is spent.
 */
final class SqliteStore implements AutoCloseable {

  /** A unit of work against the connection; rerun from the start if the transaction is retried. */
  interface Work<T> {
    T run(Connection connection) throws SQLException;
  }

  private static final int PER_WAIT_MILLIS = 2_000;

  private final Path file;
  private final Duration busyBudget;
  private Connection connection;

  private SqliteStore(Path file, Duration busyBudget, Connection connection) {
    this.file = file;
    this.busyBudget = busyBudget;
    this.connection = connection;
  }

  static SqliteStore open(Path file, Duration busyBudget) {
    SQLiteConfig config = new SQLiteConfig();
    config.setBusyTimeout((int) Math.min(PER_WAIT_MILLIS, busyBudget.toMillis()));
    // NORMAL in WAL mode: a crash of the process loses nothing; a power cut may lose the last commits
    // but never corrupts the file. FULL would add an fsync to every commit.
    config.setSynchronous(SQLiteConfig.SynchronousMode.NORMAL);
    try {
      Connection connection = DriverManager.getConnection("jdbc:sqlite:" + file, config.toProperties());
      return new SqliteStore(file, busyBudget, connection);
    } catch (SQLException e) {
      throw translate(file, "open", e);
    }
  }

  Path file() {
    return file;
  }

  /** Runs {@code work} in a write transaction, retried while the catalog is busy. */
  <T> T write(String operation, Work<T> work) {
    return retrying(operation, c -> inTransaction(c, "BEGIN IMMEDIATE", work));
  }

  /** Runs {@code work} in a read transaction: one consistent snapshot for all its queries. */
  <T> T read(String operation, Work<T> work) {
    return retrying(operation, c -> inTransaction(c, "BEGIN", work));
  }

  @Override
  public void close() {
    if (connection == null) {
      return;
    }
    try {
      connection.close();
    } catch (SQLException e) {
      throw translate(file, "close", e);
    } finally {
      connection = null;
    }
  }

  /**
   * Switches the file to write-ahead logging, which lets readers in other processes keep reading while
   * one process writes. The mode is stored in the file, so this changes something only the first time.
   */
  void useWriteAheadLog() {
    retrying("enabling write-ahead logging", SqliteStore::enableWal);
  }

  private static Void enableWal(Connection c) throws SQLException {
    try (Statement s = c.createStatement(); ResultSet rs = s.executeQuery("PRAGMA journal_mode=WAL")) {
      String mode = rs.next() ? rs.getString(1) : "unknown";
      if (!"wal".equalsIgnoreCase(mode)) {
        throw new SQLException("the file system does not support write-ahead logging (journal mode " + mode + ")");
      }
    }
    return null;
  }

  private static <T> T inTransaction(Connection c, String begin, Work<T> work) throws SQLException {
    try (Statement s = c.createStatement()) {
      s.execute(begin);
    }
    try {
      T result = work.run(c);
      try (Statement s = c.createStatement()) {
        s.execute("COMMIT");
      }
      return result;
    } catch (SQLException | RuntimeException | Error e) {
      rollbackQuietly(c);
      throw e;
    }
  }

  private <T> T retrying(String operation, Work<T> attempt) {
    if (connection == null) {
      throw CatalogErrors.closed(file);
    }
    long start = System.nanoTime();
    long backoffMillis = 5;
    while (true) {
      try {
        return attempt.run(connection);
      } catch (SQLException e) {
        Duration waited = Duration.ofNanos(System.nanoTime() - start);
        if (!isBusy(e)) {
          throw translate(file, operation, e);
        }
        if (waited.compareTo(busyBudget) >= 0) {
          throw CatalogErrors.busy(file, operation, waited, e);
        }
        sleep(ThreadLocalRandom.current().nextLong(backoffMillis, 2 * backoffMillis + 1));
        backoffMillis = Math.min(backoffMillis * 2, 200);
      }
    }
  }

  private static void rollbackQuietly(Connection c) {
    try (Statement s = c.createStatement()) {
      s.execute("ROLLBACK");
    } catch (SQLException ignored) {
      // No transaction was open (BEGIN or COMMIT failed before it started or after it ended): nothing to undo.
    }
  }

  private static boolean isBusy(SQLException e) {
    int primary = primaryCode(e);
    return primary == SQLiteErrorCode.SQLITE_BUSY.code || primary == SQLiteErrorCode.SQLITE_LOCKED.code;
  }

  private static int primaryCode(SQLException e) {
    int code = e.getErrorCode();
    if (e instanceof SQLiteException se && se.getResultCode() != SQLiteErrorCode.UNKNOWN_ERROR) {
      code = se.getResultCode().code;
    }
    return code & 0xff;
  }

  static CatalogStoreException translate(Path file, String operation, SQLException e) {
    int primary = primaryCode(e);
    if (primary == SQLiteErrorCode.SQLITE_NOTADB.code) {
      return CatalogErrors.notACatalog(file, "SQLite cannot read it as a database (" + e.getMessage() + ")");
    }
    if (primary == SQLiteErrorCode.SQLITE_CORRUPT.code) {
      return CatalogErrors.corrupt(file, e);
    }
    if (primary == SQLiteErrorCode.SQLITE_CANTOPEN.code) {
      return CatalogErrors.cannotOpen(file, e);
    }
    return CatalogErrors.storeFailure(file, operation, e);
  }

  private static void sleep(long millis) {
    try {
      Thread.sleep(millis);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new IllegalStateException("Interrupted while waiting for the catalog lock", e);
    }
  }
}
