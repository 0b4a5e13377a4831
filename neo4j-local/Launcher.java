import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.time.Duration;
import java.util.concurrent.CountDownLatch;
import org.neo4j.configuration.GraphDatabaseInternalSettings;
import org.neo4j.configuration.GraphDatabaseSettings;
import org.neo4j.configuration.connectors.BoltConnector;
import org.neo4j.configuration.connectors.BoltConnectorInternalSettings;
import org.neo4j.configuration.connectors.HttpConnector;
import org.neo4j.configuration.connectors.HttpsConnector;
import org.neo4j.configuration.helpers.SocketAddress;
import org.neo4j.dbms.api.DatabaseManagementService;
import org.neo4j.dbms.api.DatabaseManagementServiceBuilder;
import org.neo4j.io.ByteUnit;

/**
 * Embedded Neo4j Community with only a Bolt connector on loopback, for machines without Docker.
 * Usage: java [jvm flags] -cp <classes>:<classpath> Launcher <dataDir> <port> [pageCacheMiB]
 * Prints "NEO4J_READY bolt://127.0.0.1:<port>" once the default database accepts queries, or
 * "NEO4J_FAILED <locked|port|other> <root cause>" and exits 1 (the stack trace goes to stderr and logs/debug.log).
 *
 * -Dneo4j.addressFile=<file>: once ready, write {"uri":…,"pid":…} there (atomically) so other commands on the
 * same data directory use this server instead of failing on its store lock; removed first thing at shutdown.
 * -Dneo4j.watchStdin=true: exit as soon as stdin closes (the Node parent died), from the very start.
 */
public class Launcher {
  // A desktop footprint. The defaults preallocate a 256 MiB transaction log per database (system and neo4j:
  // 512 MiB before the first document) and keep two days of logs for online backups, which Community does
  // not take. Without preallocation a log file holds what was written; it rotates at 16 MiB, and once a
  // checkpoint has made older files unnecessary for recovery only the newest is kept.
  static final long TX_LOG_ROTATION_MIB = 16;
  static final String TX_LOG_RETENTION = "keep_none";

  public static void main(String[] args) throws Exception {
    if (args.length < 2) {
      System.err.println("usage: Launcher <dataDir> <port> [pageCacheMiB]");
      System.exit(2);
    }
    // Before anything slow: a parent that dies while the store is still opening must not leave us running.
    if (Boolean.getBoolean("neo4j.watchStdin")) watchStdin();
    Path home = Path.of(args[0]).toAbsolutePath();
    int port = Integer.parseInt(args[1]);
    long pageCacheMiB = args.length > 2 ? Long.parseLong(args[2]) : 256;
    String addressFileName = System.getProperty("neo4j.addressFile", "");
    Path addressFile = addressFileName.isEmpty() ? null : Path.of(addressFileName).toAbsolutePath();
    String uri = "bolt://127.0.0.1:" + port;

    DatabaseManagementService dbms;
    try {
      dbms = build(home, new SocketAddress("127.0.0.1", port), pageCacheMiB);
      // Touch the default database so "ready" means queries will succeed, not just that the port is open.
      dbms.database(GraphDatabaseSettings.DEFAULT_DATABASE_NAME).executeTransactionally("RETURN 1");
    } catch (Throwable e) {
      e.printStackTrace();
      System.out.println("NEO4J_FAILED " + failureKind(e) + " " + rootMessage(e).replaceAll("\\s+", " "));
      System.out.flush();
      System.exit(1);
      return;
    }

    // published[0]: we wrote the address file; published[1]: shutting down, never write it any more.
    boolean[] published = {false, false};
    CountDownLatch stopped = new CountDownLatch(1);
    Runtime.getRuntime().addShutdownHook(new Thread(() -> {
      System.out.println("NEO4J_STOPPING");
      // Only our own file: a launcher that failed on the store lock never gets here.
      synchronized (published) {
        published[1] = true;
        if (published[0]) {
          try {
            Files.deleteIfExists(addressFile);
          } catch (Exception ignored) { }
        }
      }
      dbms.shutdown();
      System.out.println("NEO4J_STOPPED");
      stopped.countDown();
    }));

    if (addressFile != null) {
      synchronized (published) {
        if (!published[1]) {
          Path tmp = addressFile.resolveSibling(addressFile.getFileName() + ".tmp");
          String json = "{\"uri\":\"" + uri + "\",\"pid\":" + ProcessHandle.current().pid() + "}\n";
          Files.writeString(tmp, json, StandardCharsets.UTF_8);
          Files.move(tmp, addressFile, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
          published[0] = true;
        }
      }
    }
    System.out.println("NEO4J_READY " + uri);
    System.out.flush();
    stopped.await();
  }

  static DatabaseManagementService build(Path home, SocketAddress address, long pageCacheMiB) {
    return new DatabaseManagementServiceBuilder(home)
        .setConfig(BoltConnector.enabled, true)
        .setConfig(BoltConnector.listen_address, address)
        .setConfig(BoltConnector.advertised_address, address)
        .setConfig(BoltConnector.encryption_level, BoltConnector.EncryptionLevel.DISABLED)
        .setConfig(HttpConnector.enabled, false)
        .setConfig(HttpsConnector.enabled, false)
        .setConfig(GraphDatabaseSettings.pagecache_memory, ByteUnit.mebiBytes(pageCacheMiB))
        .setConfig(GraphDatabaseSettings.preallocate_logical_logs, false)
        .setConfig(GraphDatabaseSettings.logical_log_rotation_threshold, ByteUnit.mebiBytes(TX_LOG_ROTATION_MIB))
        .setConfig(GraphDatabaseSettings.keep_logical_logs, TX_LOG_RETENTION)
        // Stopping took 10.6 s, all of it the Bolt server waiting 5 s for connections and 5 s for netty to go
        // quiet; our clients have closed their drivers by then, so a second is plenty (stop: ~1 s).
        .setConfig(BoltConnectorInternalSettings.connection_shutdown_wait_time, Duration.ofSeconds(1))
        .setConfig(BoltConnectorInternalSettings.thread_pool_shutdown_wait_time, Duration.ofSeconds(1))
        .setConfig(GraphDatabaseInternalSettings.netty_server_shutdown_quiet_period, 0)
        .setConfig(GraphDatabaseInternalSettings.netty_server_shutdown_timeout, Duration.ofSeconds(2))
        .build();
  }

  /** "locked": another process holds the store lock; "port": the Bolt port is taken; "other": anything else. */
  static String failureKind(Throwable e) {
    for (Throwable t = e; t != null; t = t.getCause()) {
      String name = t.getClass().getSimpleName();
      if (name.equals("FileLockException")) return "locked";
      if (name.equals("PortBindException") || name.equals("BindException")) return "port";
    }
    return "other";
  }

  static String rootMessage(Throwable e) {
    Throwable root = e;
    while (root.getCause() != null && root.getCause() != root) root = root.getCause();
    String message = root.getMessage();
    return message == null || message.isBlank() ? root.getClass().getName() : message;
  }

  private static void watchStdin() {
    Thread watchdog = new Thread(() -> {
      try {
        while (System.in.read() != -1) { /* ignore input */ }
      } catch (Exception ignored) { }
      System.exit(0);
    });
    watchdog.setDaemon(true);
    watchdog.start();
  }
}
