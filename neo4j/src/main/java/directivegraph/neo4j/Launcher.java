package directivegraph.neo4j;

import java.io.FileOutputStream;
import java.io.IOException;
import java.io.PrintStream;
import java.net.BindException;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.ServerSocket;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.security.SecureRandom;
import java.time.Duration;
import java.time.OffsetDateTime;
import java.util.HexFormat;
import java.util.Map;
import java.util.concurrent.CountDownLatch;

import org.neo4j.configuration.GraphDatabaseInternalSettings;
import org.neo4j.configuration.GraphDatabaseSettings;
import org.neo4j.configuration.connectors.BoltConnector;
import org.neo4j.configuration.connectors.HttpConnector;
import org.neo4j.configuration.connectors.HttpsConnector;
import org.neo4j.configuration.helpers.SocketAddress;
import org.neo4j.dbms.api.DatabaseManagementService;
import org.neo4j.dbms.api.DatabaseManagementServiceBuilder;
import org.neo4j.graphdb.GraphDatabaseService;
import org.neo4j.logging.Level;
import org.neo4j.logging.log4j.Log4jLogProvider;

/**
 * Runs Neo4j Community embedded, with only Bolt on 127.0.0.1, for development and tests.
 *
 * <p>Protocol with src/graph/localNeo4j.ts: stdout carries exactly one line, either
 * {@code neo4j ready bolt://127.0.0.1:PORT} or {@code neo4j failed [CODE]: message}; everything else goes to
 * the log file. Exit codes: 2 port in use, 3 data folder used by another Neo4j, 4 bad arguments, 1 other.
 *
 * <p>Options (each falls back to an environment variable, then a default): {@code --port}
 * (NEO4J_BOLT_PORT, 7687), {@code --data} (NEO4J_DATA_DIR, .data/neo4j), {@code --log} (NEO4J_LOG_FILE,
 * DATA/../neo4j.log), {@code --user} (NEO4J_USER, neo4j), {@code --pagecache-mb} (128). The password comes only
 * from NEO4J_PASSWORD (default directive-graph) so it never shows in a process list. Flags:
 * {@code --no-auth-lockout} (tests try wrong passwords on purpose; the default locks the user for 5 s after
 * 3 failures), {@code --stop-on-stdin-eof} (a parent that dies, even by SIGKILL, closes our stdin, so an
 * attached server never outlives its test run).
 */
public final class Launcher {
    private static final String HOST = "127.0.0.1";

    private Launcher() {}

    public static void main(String[] args) {
        Options options;
        try {
            options = Options.parse(args);
        } catch (IllegalArgumentException e) {
            fail("BAD_ARGUMENTS", e.getMessage(), 4);
            return;
        }

        // Checked before Neo4j loads so a taken port fails in well under a second with a plain message.
        if (!portIsFree(options.port)) {
            fail("PORT_IN_USE", "port " + options.port + " on " + HOST + " is already in use by another process;"
                    + " stop that process or choose another port with NEO4J_BOLT_PORT", 2);
            return;
        }

        PrintStream log;
        try {
            Files.createDirectories(options.logFile.toAbsolutePath().getParent());
            Files.createDirectories(options.dataDir);
            log = new PrintStream(new FileOutputStream(options.logFile.toFile(), true), true, StandardCharsets.UTF_8);
        } catch (IOException e) {
            fail("NEO4J_START_FAILED", "cannot write " + e.getMessage() + "; check the folder's permissions", 1);
            return;
        }
        logLine(log, "starting Neo4j on bolt://" + HOST + ":" + options.port + ", data " + options.dataDir);

        CountDownLatch stopped = new CountDownLatch(1);
        DatabaseManagementService[] holder = new DatabaseManagementService[1];
        // Registered before start so SIGTERM/SIGINT during start-up still closes whatever was opened.
        Runtime.getRuntime().addShutdownHook(new Thread(() -> {
            DatabaseManagementService dbms;
            synchronized (holder) {
                dbms = holder[0];
                holder[0] = null;
            }
            if (dbms != null) {
                logLine(log, "stopping Neo4j");
                try {
                    dbms.shutdown();
                    logLine(log, "Neo4j stopped cleanly");
                } catch (RuntimeException e) {
                    logLine(log, "error while stopping Neo4j: " + e);
                }
            }
            stopped.countDown();
        }, "neo4j-shutdown"));

        try {
            DatabaseManagementService dbms = new DatabaseManagementServiceBuilder(options.dataDir)
                    .setConfig(BoltConnector.enabled, true)
                    .setConfig(BoltConnector.listen_address, new SocketAddress(HOST, options.port))
                    .setConfig(HttpConnector.enabled, false)
                    .setConfig(HttpsConnector.enabled, false)
                    .setConfig(GraphDatabaseSettings.auth_enabled, true)
                    // No usage reports to neo4j.com from a development server.
                    .setConfig(GraphDatabaseSettings.udc_enabled, false)
                    .setConfig(GraphDatabaseSettings.auth_max_failed_attempts, options.authLockout ? 3 : 0)
                    .setConfig(GraphDatabaseSettings.pagecache_memory, options.pagecacheMb * 1024L * 1024L)
                    .setConfig(GraphDatabaseSettings.logs_directory, options.dataDir.resolve("logs"))
                    // Netty's default graceful shutdown idles 5 s per event-loop group (10 s in all); a development
                    // server has no in-flight clients worth that wait, and tests stop one per run.
                    .setConfig(GraphDatabaseInternalSettings.netty_server_shutdown_quiet_period, 0)
                    .setConfig(GraphDatabaseInternalSettings.netty_server_shutdown_timeout, Duration.ofSeconds(5))
                    .setUserLogProvider(new Log4jLogProvider(log, Level.INFO))
                    .build();
            synchronized (holder) {
                holder[0] = dbms;
            }
            if (!passwordAlreadyApplied(options)) {
                logLine(log, "applying NEO4J_USER and NEO4J_PASSWORD (first start, or they changed)");
                setPassword(dbms.database(GraphDatabaseSettings.SYSTEM_DATABASE_NAME), options);
                rememberPassword(options);
            }
        } catch (RuntimeException e) {
            logLine(log, "start failed: " + stackTrace(e));
            Failure failure = classify(e, options);
            // Close a server that did start (e.g. the password was refused), so its store needs no recovery.
            DatabaseManagementService started;
            synchronized (holder) {
                started = holder[0];
                holder[0] = null;
            }
            if (started != null) {
                try {
                    started.shutdown();
                } catch (RuntimeException ignored) {
                    // Exiting anyway; the failure line below is what matters.
                }
            }
            fail(failure.code, failure.message, failure.exitCode);
            return;
        }

        logLine(log, "ready on bolt://" + HOST + ":" + options.port);
        System.out.println("neo4j ready bolt://" + HOST + ":" + options.port);
        System.out.flush();

        if (options.stopOnStdinEof) {
            Thread watcher = new Thread(() -> {
                try {
                    while (System.in.read() != -1) {
                        // Input is ignored; only the end of the stream matters.
                    }
                } catch (IOException ignored) {
                    // A broken pipe means the same as end of stream.
                }
                logLine(log, "parent process went away (stdin closed)");
                System.exit(0);
            }, "stdin-eof-watcher");
            watcher.setDaemon(true);
            watcher.start();
        }

        try {
            stopped.await();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }

    /**
     * Applies NEO4J_USER/NEO4J_PASSWORD on the first start and whenever they change, so changing
     * NEO4J_PASSWORD and restarting is all a user has to do. Embedded transactions run with full rights, so the
     * system database accepts the admin commands without the old password.
     */
    private static void setPassword(GraphDatabaseService system, Options options) {
        boolean exists = system.executeTransactionally(
                "SHOW USERS YIELD user WHERE user = $user RETURN count(*) AS n",
                Map.of("user", options.user),
                result -> ((Number) result.next().get("n")).longValue() > 0);
        if (!exists) {
            system.executeTransactionally(
                    "CREATE USER $user SET PASSWORD $password CHANGE NOT REQUIRED",
                    Map.of("user", options.user, "password", options.password));
            return;
        }
        try {
            system.executeTransactionally(
                    "ALTER USER $user SET PASSWORD $password CHANGE NOT REQUIRED",
                    Map.of("user", options.user, "password", options.password));
        } catch (RuntimeException e) {
            // Neo4j refuses to "change" a password to the one it already has; that is the normal restart case.
            if (!String.valueOf(e.getMessage()).contains("cannot be the same")) {
                throw e;
            }
        }
    }

    /*
     * The first Cypher statement costs seconds of warm-up, so a restart with unchanged credentials skips the
     * admin commands. The stamp holds a salted SHA-256 of user and password, never the password itself.
     */
    private static Path passwordStamp(Options options) {
        return options.dataDir.resolve("credentials.applied");
    }

    private static boolean passwordAlreadyApplied(Options options) {
        try {
            String[] parts = Files.readString(passwordStamp(options), StandardCharsets.UTF_8).trim().split(":");
            return parts.length == 2 && parts[1].equals(credentialHash(parts[0], options));
        } catch (IOException e) {
            return false;
        }
    }

    private static void rememberPassword(Options options) {
        byte[] saltBytes = new byte[16];
        new SecureRandom().nextBytes(saltBytes);
        String salt = HexFormat.of().formatHex(saltBytes);
        try {
            Files.writeString(passwordStamp(options), salt + ":" + credentialHash(salt, options) + "\n", StandardCharsets.UTF_8);
        } catch (IOException e) {
            // Only costs the next start a few seconds.
        }
    }

    private static String credentialHash(String salt, Options options) {
        try {
            MessageDigest sha = MessageDigest.getInstance("SHA-256");
            sha.update((salt + "\0" + options.user + "\0" + options.password).getBytes(StandardCharsets.UTF_8));
            return HexFormat.of().formatHex(sha.digest());
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }

    private record Failure(String code, String message, int exitCode) {}

    private static Failure classify(Throwable error, Options options) {
        for (Throwable t = error; t != null; t = t.getCause()) {
            String name = t.getClass().getSimpleName();
            String message = String.valueOf(t.getMessage());
            if (t instanceof BindException || name.equals("PortBindException")) {
                return new Failure("PORT_IN_USE", "port " + options.port + " on " + HOST
                        + " is already in use by another process; stop it or choose another NEO4J_BOLT_PORT", 2);
            }
            if (name.equals("FileLockException") || message.contains("locked by another process")) {
                return new Failure("DATA_DIR_LOCKED", "another Neo4j process is using " + options.dataDir
                        + "; stop it (npm run db:stop) or choose another NEO4J_DATA_DIR", 3);
            }
            if (message.toLowerCase().contains("password must")) {
                return new Failure("BAD_PASSWORD", "NEO4J_PASSWORD was refused: " + message, 4);
            }
        }
        Throwable root = error;
        while (root.getCause() != null) {
            root = root.getCause();
        }
        return new Failure("NEO4J_START_FAILED", root.getClass().getSimpleName() + ": " + root.getMessage()
                + " (full trace in " + options.logFile + ")", 1);
    }

    private static boolean portIsFree(int port) {
        try (ServerSocket socket = new ServerSocket()) {
            socket.bind(new InetSocketAddress(InetAddress.getByName(HOST), port));
            return true;
        } catch (IOException e) {
            return false;
        }
    }

    private static void fail(String code, String message, int exitCode) {
        System.out.println("neo4j failed [" + code + "]: " + message);
        System.out.flush();
        // halt, not exit: a half-started Neo4j may hold non-daemon threads, and the shutdown hook would wait on them.
        Runtime.getRuntime().halt(exitCode);
    }

    private static void logLine(PrintStream log, String line) {
        log.println(OffsetDateTime.now() + " [launcher] " + line);
    }

    private static String stackTrace(Throwable e) {
        java.io.StringWriter out = new java.io.StringWriter();
        e.printStackTrace(new java.io.PrintWriter(out));
        return out.toString();
    }

    private static final class Options {
        int port;
        Path dataDir;
        Path logFile;
        String user;
        String password;
        long pagecacheMb = 128;
        boolean authLockout = true;
        boolean stopOnStdinEof;

        static Options parse(String[] args) {
            Map<String, String> env = System.getenv();
            Options o = new Options();
            String port = env.getOrDefault("NEO4J_BOLT_PORT", "7687");
            String data = env.getOrDefault("NEO4J_DATA_DIR", ".data/neo4j");
            String log = env.get("NEO4J_LOG_FILE");
            o.user = env.getOrDefault("NEO4J_USER", "neo4j");
            o.password = env.getOrDefault("NEO4J_PASSWORD", "directive-graph");
            for (int i = 0; i < args.length; i++) {
                String arg = args[i];
                switch (arg) {
                    case "--port" -> port = value(args, ++i, arg);
                    case "--data" -> data = value(args, ++i, arg);
                    case "--log" -> log = value(args, ++i, arg);
                    case "--user" -> o.user = value(args, ++i, arg);
                    case "--pagecache-mb" -> o.pagecacheMb = number(value(args, ++i, arg), arg, 8, 1 << 20);
                    case "--no-auth-lockout" -> o.authLockout = false;
                    case "--stop-on-stdin-eof" -> o.stopOnStdinEof = true;
                    default -> throw new IllegalArgumentException("unknown option " + arg);
                }
            }
            o.port = (int) number(port, "--port / NEO4J_BOLT_PORT", 1, 65535);
            o.dataDir = Path.of(data).toAbsolutePath().normalize();
            o.logFile = (log == null || log.isEmpty() ? o.dataDir.resolveSibling("neo4j.log") : Path.of(log))
                    .toAbsolutePath().normalize();
            if (o.password.isEmpty()) {
                throw new IllegalArgumentException("NEO4J_PASSWORD is empty; set a password of at least 8 characters");
            }
            return o;
        }

        private static String value(String[] args, int i, String name) {
            if (i >= args.length) {
                throw new IllegalArgumentException(name + " needs a value");
            }
            return args[i];
        }

        private static long number(String raw, String name, long min, long max) {
            try {
                long n = Long.parseLong(raw.trim());
                if (n < min || n > max) {
                    throw new NumberFormatException();
                }
                return n;
            } catch (NumberFormatException e) {
                throw new IllegalArgumentException(name + " must be a whole number from " + min + " to " + max
                        + ", got \"" + raw + "\"");
            }
        }
    }
}
