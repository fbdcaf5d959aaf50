package tickler.web;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.junit.QuarkusTestProfile;
import io.quarkus.test.junit.TestProfile;
import io.restassured.RestAssured;
import java.io.IOException;
import java.io.InputStream;
import java.net.Socket;
import java.nio.charset.StandardCharsets;
import java.util.Map;
import java.util.OptionalLong;
import org.junit.jupiter.api.Test;

/**
 * An upload the disk cannot hold is refused before its first byte: here the service keeps more
 * free disk than any machine has, so every upload is one.
 */
@QuarkusTest
@TestProfile(UploadRoomTest.NoRoom.class)
class UploadRoomTest {

    public static class NoRoom implements QuarkusTestProfile {
        @Override
        public Map<String, String> getConfigOverrides() {
            return Map.of("tickler.import.disk-reserve", "1P",
                    "quarkus.datasource.jdbc.url", "jdbc:h2:mem:upload-room;DB_CLOSE_DELAY=-1");
        }
    }

    @Test
    void theRoomLeftDecides() {
        assertEquals(OptionalLong.of(900), UploadRoom.refusal("1000", 1000, 100), "100 bytes kept free");
        assertEquals(OptionalLong.empty(), UploadRoom.refusal("900", 1000, 100));
        assertEquals(OptionalLong.of(0), UploadRoom.refusal("1", 50, 100), "less free than the reserve: no room at all");
        assertEquals(OptionalLong.empty(), UploadRoom.refusal(null, 50, 100), "a chunked upload is not known in advance");
        assertEquals(OptionalLong.empty(), UploadRoom.refusal("many", 50, 100));
        assertEquals(OptionalLong.empty(), UploadRoom.refusal("1000", -1, 100), "the room is not known");
    }

    @Test
    void anUploadTheDiskCannotHoldIsAnsweredBeforeItsBodyIsSent() throws IOException {
        long declared = 5L * 1024 * 1024 * 1024;
        try (Socket socket = new Socket("127.0.0.1", RestAssured.port)) {
            socket.setSoTimeout(30_000);
            // Headers only: the answer must come without the body ever being sent.
            socket.getOutputStream().write(("POST /api/import HTTP/1.1\r\nHost: 127.0.0.1\r\n"
                    + "Content-Type: multipart/form-data; boundary=b0undary\r\nContent-Length: " + declared + "\r\n\r\n")
                    .getBytes(StandardCharsets.US_ASCII));
            socket.getOutputStream().flush();
            String answer = readAnswer(socket.getInputStream());
            assertTrue(answer.startsWith("HTTP/1.1 507"), answer);
            assertTrue(answer.contains("The disk has room for 0 MB of upload and the file is 5120 MB"), answer);
        }
    }

    /** Up to the end of the JSON body or of the stream, whichever comes first. */
    private static String readAnswer(InputStream in) throws IOException {
        StringBuilder read = new StringBuilder();
        byte[] buffer = new byte[4096];
        while (!read.toString().endsWith("\"}")) {
            int n = in.read(buffer);
            if (n < 0) {
                break;
            }
            read.append(new String(buffer, 0, n, StandardCharsets.UTF_8));
        }
        return read.toString();
    }
}
