import java.nio.file.Path;
import java.util.concurrent.CountDownLatch;
import org.neo4j.configuration.GraphDatabaseSettings;
import org.neo4j.configuration.connectors.BoltConnector;
import org.neo4j.configuration.connectors.HttpConnector;
import org.neo4j.configuration.connectors.HttpsConnector;
import org.neo4j.configuration.helpers.SocketAddress;
import org.neo4j.dbms.api.DatabaseManagementService;
import org.neo4j.dbms.api.DatabaseManagementServiceBuilder;
import org.neo4j.io.ByteUnit;

/**
 * Embedded Neo4j Community with only a Bolt connector on loopback, for machines without Docker.
 * Usage: java [jvm flags] -cp <classes>:<classpath> Launcher <dataDir> <port> [pageCacheMiB]
 * Prints "NEO4J_READY bolt://127.0.0.1:<port>" once the default database accepts queries.
 */
public class Launcher {
  public static void main(String[] args) throws Exception {
    if (args.length < 2) {
      System.err.println("usage: Launcher <dataDir> <port> [pageCacheMiB]");
      System.exit(2);
    }
    Path home = Path.of(args[0]).toAbsolutePath();
    int port = Integer.parseInt(args[1]);
    long pageCacheMiB = args.length > 2 ? Long.parseLong(args[2]) : 256;
    SocketAddress address = new SocketAddress("127.0.0.1", port);

    DatabaseManagementService dbms = new DatabaseManagementServiceBuilder(home)
        .setConfig(BoltConnector.enabled, true)
        .setConfig(BoltConnector.listen_address, address)
        .setConfig(BoltConnector.advertised_address, address)
        .setConfig(BoltConnector.encryption_level, BoltConnector.EncryptionLevel.DISABLED)
        .setConfig(HttpConnector.enabled, false)
        .setConfig(HttpsConnector.enabled, false)
        .setConfig(GraphDatabaseSettings.pagecache_memory, ByteUnit.mebiBytes(pageCacheMiB))
        .build();

    CountDownLatch stopped = new CountDownLatch(1);
    Runtime.getRuntime().addShutdownHook(new Thread(() -> {
      System.out.println("NEO4J_STOPPING");
      dbms.shutdown();
      System.out.println("NEO4J_STOPPED");
      stopped.countDown();
    }));

    // Touch the default database so "ready" means queries will succeed, not just that the port is open.
    dbms.database(GraphDatabaseSettings.DEFAULT_DATABASE_NAME).executeTransactionally("RETURN 1");
    System.out.println("NEO4J_READY bolt://127.0.0.1:" + port);
    System.out.flush();

    // When spawned by the Node helper (-Dneo4j.watchStdin=true), exit once the parent closes our stdin,
    // so a parent killed with SIGKILL never leaves an orphan JVM holding the store lock.
    if (Boolean.getBoolean("neo4j.watchStdin")) watchStdin();
    stopped.await();
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
