package tickler.access;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assumptions.assumeFalse;

import java.io.IOException;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.NetworkInterface;
import java.net.ServerSocket;
import java.net.Socket;
import java.net.SocketException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.condition.EnabledIfSystemProperty;

/**
 * The packaged service as a newcomer starts it: with nothing configured it listens on loopback
 * only (not reachable at this machine's other addresses) and says so; asking it to listen on every
 * interface without sign-in is refused; proxy mode listens beyond loopback with a warning.
 * Runs in {@code verify}: {@code ./mvnw -q verify -Dtest=none -Dsurefire.failIfNoSpecifiedTests=false -Dit.test=ListenIT}.
 */
@EnabledIfSystemProperty(named = "tickler.jar", matches = ".+")
class ListenIT {

    final HttpClient http = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5)).build();

    record Started(Process process, int port, Path log) {
    }

    @Test
    void theDefaultStartListensOnLoopbackOnlyAndSaysSo() throws Exception {
        List<InetAddress> others = nonLoopbackAddresses();
        Started service = start();
        try {
            awaitHealth(service);
            assumeFalse(others.isEmpty(), "this machine has no address but loopback");
            for (InetAddress address : others) {
                assertThrows(IOException.class, () -> connect(address, service.port()),
                        "not reachable at " + address.getHostAddress());
            }
            assertTrue(Files.readString(service.log()).contains("Laptop mode: no sign-in, listening on 127.0.0.1 only"));
        } finally {
            stop(service);
        }
    }

    @Test
    void everyInterfaceWithoutSignInIsRefusedAtStart() throws Exception {
        Started service = start("-Dquarkus.http.host=0.0.0.0");
        try {
            assertTrue(service.process().waitFor(120, TimeUnit.SECONDS), "the start stops");
            assertNotEquals(0, service.process().exitValue());
            assertTrue(Files.readString(service.log()).contains("Refusing to listen on 0.0.0.0 without sign-in"));
        } finally {
            stop(service);
        }
    }

    @Test
    void proxyModeListensBeyondLoopbackAndWarnsAtStart() throws Exception {
        List<InetAddress> others = nonLoopbackAddresses();
        assumeFalse(others.isEmpty(), "this machine has no address but loopback");
        Started service = start("-Dtickler.auth.mode=proxy");
        try {
            awaitHealth(service);
            connect(others.get(0), service.port());
            String log = Files.readString(service.log());
            assertTrue(log.contains("WARN") && log.contains("Proxy mode: NO SIGN-IN"), log);
        } finally {
            stop(service);
        }
    }

    private static List<InetAddress> nonLoopbackAddresses() throws SocketException {
        return NetworkInterface.networkInterfaces().filter(ni -> {
                    try {
                        return ni.isUp();
                    } catch (SocketException e) {
                        return false;
                    }
                })
                .flatMap(NetworkInterface::inetAddresses)
                .filter(a -> !a.isLoopbackAddress() && !a.isLinkLocalAddress())
                .toList();
    }

    private static void connect(InetAddress address, int port) throws IOException {
        try (Socket socket = new Socket()) {
            socket.connect(new InetSocketAddress(address, port), 3000);
        }
    }

    private Started start(String... options) throws IOException {
        Path jar = Path.of(System.getProperty("tickler.jar")).toAbsolutePath();
        assertTrue(Files.exists(jar), "package first: " + jar);
        Path data = Files.createTempDirectory("tickler-listen");
        int port;
        try (ServerSocket s = new ServerSocket(0)) {
            port = s.getLocalPort();
        }
        List<String> command = new ArrayList<>(List.of(Path.of(System.getProperty("java.home"), "bin", "java").toString(),
                "-Dquarkus.http.port=" + port, "-Dtickler.data-dir=" + data, "-Dtickler.demo.enabled=false"));
        command.addAll(List.of(options));
        command.addAll(List.of("-jar", jar.toString()));
        Path log = data.resolve("service.log");
        Process process = new ProcessBuilder(command).directory(data.toFile()).redirectErrorStream(true)
                .redirectOutput(log.toFile()).start();
        return new Started(process, port, log);
    }

    private void awaitHealth(Started service) throws Exception {
        Instant until = Instant.now().plus(Duration.ofSeconds(120));
        while (true) {
            assertTrue(service.process().isAlive(), "the service stopped: " + Files.readString(service.log()));
            try {
                HttpResponse<String> health = http.send(HttpRequest.newBuilder(
                                URI.create("http://127.0.0.1:" + service.port() + "/q/health/live")).timeout(Duration.ofSeconds(5)).build(),
                        HttpResponse.BodyHandlers.ofString());
                assertEquals(200, health.statusCode());
                return;
            } catch (IOException e) {
                assertTrue(Instant.now().isBefore(until), "gave up waiting for the start");
                Thread.sleep(200);
            }
        }
    }

    private static void stop(Started service) throws InterruptedException {
        service.process().destroy();
        if (!service.process().waitFor(30, TimeUnit.SECONDS)) {
            service.process().destroyForcibly().waitFor();
        }
    }
}
