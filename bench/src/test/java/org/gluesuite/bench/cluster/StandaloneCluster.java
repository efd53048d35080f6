package org.gluesuite.bench.cluster;

import java.io.File;
import java.io.IOException;
import java.net.ServerSocket;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * A Spark standalone cluster on loopback: one master and {@code workers} workers, each a separate JVM started from
 * the Spark jars on this JVM's class path. Executors are launched by the workers from a stand-in SPARK_HOME whose
 * {@code jars/} links every jar of the class path; class folders go to {@code spark.executor.extraClassPath}.
 */
final class StandaloneCluster implements AutoCloseable {
  private static final List<String> OPENS = List.of("java.lang", "java.lang.invoke", "java.lang.reflect", "java.io",
      "java.net", "java.nio", "java.util", "java.util.concurrent", "java.util.concurrent.atomic", "jdk.internal.ref",
      "sun.nio.ch", "sun.nio.cs", "sun.security.action", "sun.util.calendar");

  private final List<Process> processes = new ArrayList<>();
  private final Path root;
  private final Path sparkHome;
  private final int port;
  private final String classFolders;

  StandaloneCluster(Path root, int workers) throws IOException, InterruptedException {
    this.root = root;
    this.sparkHome = Files.createDirectories(root.resolve("spark-home/jars"));
    List<String> folders = new ArrayList<>();
    for (String entry : System.getProperty("java.class.path").split(File.pathSeparator)) {
      Path p = Path.of(entry);
      if (Files.isDirectory(p)) {
        folders.add(p.toAbsolutePath().toString());
      } else if (Files.isRegularFile(p) && entry.endsWith(".jar")) {
        Path link = sparkHome.resolve(p.getFileName());
        if (!Files.exists(link)) {
          Files.createSymbolicLink(link, p.toAbsolutePath());
        }
      }
    }
    this.classFolders = String.join(File.pathSeparator, folders);
    // The master and workers log at INFO (what waitFor reads), whatever log4j2 file a linked jar carries (the CLI's
    // jar has one at ERROR).
    Files.writeString(root.resolve("log4j2.properties"), String.join("\n", "rootLogger.level = info",
        "rootLogger.appenderRef.stdout.ref = console", "appender.console.type = Console",
        "appender.console.name = console", "appender.console.target = SYSTEM_OUT",
        "appender.console.layout.type = PatternLayout",
        "appender.console.layout.pattern = %d{HH:mm:ss.SSS} %p %c{1}: %m%n", ""));
    this.port = freePort();
    processes.add(start("master", "org.apache.spark.deploy.master.Master", "--host", "127.0.0.1", "--port",
        String.valueOf(port), "--webui-port", String.valueOf(freePort())));
    waitFor(root.resolve("master.log"), "I have been elected leader", 1, processes.get(0));
    for (int i = 1; i <= workers; i++) {
      Path work = Files.createDirectories(root.resolve("worker-" + i));
      processes.add(start("worker-" + i, "org.apache.spark.deploy.worker.Worker", "--host", "127.0.0.1",
          "--cores", "1", "--memory", "1536m", "--webui-port", String.valueOf(freePort()), "--work-dir",
          work.toString(), url()));
    }
    waitFor(root.resolve("master.log"), "Registering worker", workers, processes.get(0));
  }

  String url() {
    return "spark://127.0.0.1:" + port;
  }

  /** What the executors need beyond the linked jars: this JVM's class folders (e.g. target/classes). */
  String executorClassPath() {
    return classFolders;
  }

  private Process start(String name, String mainClass, String... args) throws IOException {
    List<String> command = new ArrayList<>(List.of(Path.of(System.getProperty("java.home"), "bin", "java").toString(),
        "-Xmx512m", "-Dlog4j2.configurationFile=" + root.resolve("log4j2.properties"), "-cp",
        sparkHome.resolve("*").toString()));
    OPENS.forEach(o -> command.add("--add-opens=java.base/" + o + "=ALL-UNNAMED"));
    command.add(mainClass);
    command.addAll(List.of(args));
    ProcessBuilder builder = new ProcessBuilder(command).redirectErrorStream(true)
        .redirectOutput(root.resolve(name + ".log").toFile());
    Map<String, String> env = builder.environment();
    env.put("SPARK_HOME", sparkHome.getParent().toString());
    env.put("SPARK_SCALA_VERSION", "2.12");
    env.put("SPARK_LOCAL_IP", "127.0.0.1");
    return builder.start();
  }

  /** Waits for the master's log to show {@code text}; fails with the log's end if the master died or took 5 min. */
  private void waitFor(Path log, String text, int times, Process master) throws IOException, InterruptedException {
    long deadline = System.currentTimeMillis() + 300_000;
    while (System.currentTimeMillis() < deadline && master.isAlive()) {
      if (Files.exists(log)) {
        String content = Files.readString(log);
        if (content.split(java.util.regex.Pattern.quote(text), -1).length - 1 >= times) {
          return;
        }
      }
      Thread.sleep(250);
    }
    String content = Files.exists(log) ? Files.readString(log) : "(no log)";
    boolean exited = !master.isAlive();
    close();
    throw new IllegalStateException("The cluster did not start: '" + text + "' did not appear " + times
        + " time(s) in " + log + (exited ? "; the master exited" : " within 5 min") + ". Its log ends:\n"
        + content.substring(Math.max(0, content.length() - 3000)));
  }

  private static int freePort() throws IOException {
    try (ServerSocket socket = new ServerSocket(0)) {
      return socket.getLocalPort();
    }
  }

  @Override
  public void close() throws InterruptedException {
    for (int i = processes.size() - 1; i >= 0; i--) {
      Process p = processes.get(i);
      p.descendants().forEach(ProcessHandle::destroy);
      p.destroy();
      if (!p.waitFor(20, java.util.concurrent.TimeUnit.SECONDS)) {
        p.destroyForcibly();
      }
    }
  }
}
