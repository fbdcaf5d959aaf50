package tickler.source.google.fake;

import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.nio.file.Path;
import java.security.KeyPair;
import java.security.KeyPairGenerator;
import java.security.NoSuchAlgorithmException;
import java.security.PublicKey;
import java.util.Base64;
import java.util.HexFormat;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.concurrent.ThreadLocalRandom;

/**
 * A service account as Cloud Console creates one: an RSA key pair, of which the private half goes
 * into the JSON key file an admin downloads and the public half stays with Google (here: with
 * {@link FakeGoogle#serviceAccount}).
 */
public final class ServiceAccount {

    public final String projectId;
    public final String clientEmail;
    public final String clientId;
    public final String privateKeyId;
    private final KeyPair keys;

    private ServiceAccount(String projectId, String name, KeyPair keys) {
        this.projectId = projectId;
        this.clientEmail = name + "@" + projectId + ".iam.gserviceaccount.com";
        // Google's client ids of service accounts are 21 digits.
        this.clientId = "1" + String.format("%020d", ThreadLocalRandom.current().nextLong(Long.MAX_VALUE));
        this.privateKeyId = HexFormat.of().formatHex(randomBytes(20));
        this.keys = keys;
    }

    /** A new service account {@code name} in project {@code projectId}, with a fresh 2048-bit key. */
    public static ServiceAccount create(String projectId, String name) {
        try {
            KeyPairGenerator generator = KeyPairGenerator.getInstance("RSA");
            generator.initialize(2048);
            return new ServiceAccount(projectId, name, generator.generateKeyPair());
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }

    public PublicKey publicKey() {
        return keys.getPublic();
    }

    /** The private key as the key file holds it: PEM of PKCS#8, 64 characters a line. */
    public String privateKeyPem() {
        String body = Base64.getMimeEncoder(64, "\n".getBytes()).encodeToString(keys.getPrivate().getEncoded());
        return "-----BEGIN PRIVATE KEY-----\n" + body + "\n-----END PRIVATE KEY-----\n";
    }

    /** Writes the JSON key file Cloud Console hands out, its tokens to be asked of {@code tokenUri}. */
    public Path writeKeyFile(Path dir, String tokenUri) throws IOException {
        Map<String, String> key = new LinkedHashMap<>();
        key.put("type", "service_account");
        key.put("project_id", projectId);
        key.put("private_key_id", privateKeyId);
        key.put("private_key", privateKeyPem());
        key.put("client_email", clientEmail);
        key.put("client_id", clientId);
        key.put("auth_uri", "https://accounts.google.com/o/oauth2/auth");
        key.put("token_uri", tokenUri);
        key.put("auth_provider_x509_cert_url", "https://www.googleapis.com/oauth2/v1/certs");
        key.put("client_x509_cert_url", "https://www.googleapis.com/robot/v1/metadata/x509/"
                + clientEmail.replace("@", "%40"));
        key.put("universe_domain", "googleapis.com");
        Path file = dir.resolve(projectId + "-" + privateKeyId.substring(0, 12) + ".json");
        new ObjectMapper().writerWithDefaultPrettyPrinter().writeValue(file.toFile(), key);
        return file;
    }

    private static byte[] randomBytes(int n) {
        byte[] out = new byte[n];
        ThreadLocalRandom.current().nextBytes(out);
        return out;
    }
}
