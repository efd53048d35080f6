package org.gluesuite.runtime.access;

import java.util.List;
import java.util.Optional;
import org.gluesuite.catalog.Table;

/**
 * Who may read and write what: the one hook through which a permission model (Lake Formation) governs
 * catalog sources, file sources, sinks and SQL. The runtime consults it; it never knows the model behind it.
 * {@link #ALLOW_ALL}, the default, is the behaviour without Lake Formation: everything is allowed.
 *
 * <p>Every method either returns or throws {@link AccessDeniedException}; implementations record each
 * decision (an audit log) themselves.
 */
public interface AccessPolicy {

  /** No governance: every table visible and readable in full, every path readable and writable. */
  AccessPolicy ALLOW_ALL = new AccessPolicy() {
    @Override
    public Optional<List<String>> describe(Table table) {
      return Optional.of(TableRead.allColumns(table));
    }

    @Override
    public TableRead authorizeRead(Table table) {
      return TableRead.UNRESTRICTED;
    }

    @Override
    public void authorizeWrite(WriteTarget target) {
    }

    @Override
    public void authorizePathRead(List<String> paths) {
    }

    @Override
    public String principal() {
      return "(access control off)";
    }

    @Override
    public boolean unrestricted() {
      return true;
    }
  };

  /**
   * DESCRIBE: the columns of {@code table} the principal may see (data columns then partition keys, in catalog
   * order), or empty if the table is not visible to it at all.
   */
  Optional<List<String>> describe(Table table);

  /**
   * SELECT: checks that the principal may read {@code table} and returns what it may see of it.
   *
   * @throws AccessDeniedException naming the principal, the table and the missing permission
   */
  TableRead authorizeRead(Table table);

  /** INSERT into a table, creating a table, or writing under a governed location. */
  void authorizeWrite(WriteTarget target);

  /** Reading files by path, bypassing the catalog. */
  void authorizePathRead(List<String> paths);

  /** The principal this policy decides for, for messages. */
  String principal();

  /** True when every check passes (no access control, or an administrator): callers may skip governed paths. */
  default boolean unrestricted() {
    return false;
  }
}
