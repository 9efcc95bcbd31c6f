package id.sikerja.local.web;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.zip.GZIPInputStream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** The local stand-in for CloudFront in front of the web bucket. */
class WebServerTest {

    private static final HttpClient HTTP = HttpClient.newHttpClient();

    @TempDir
    Path dir;

    private HttpResponse<String> get(WebServer web, String path) throws IOException, InterruptedException {
        return HTTP.send(HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + web.port() + path)).build(),
                HttpResponse.BodyHandlers.ofString());
    }

    @Test
    void theLocalConfigCarriesThePemdasLogoAndContactLeavingOutTheEmptyOnes() {
        String config = WebServer.localConfig(URI.create("http://127.0.0.1:3000"), "ap-southeast-3", "Kota Contoh",
                java.util.Map.of("contactEmail", "kerjasama@contoh.go.id", "contactAddress", "Jl. \"Merdeka\" 1", "logoUrl", ""));
        assertTrue(config.contains("\"contactEmail\": \"kerjasama@contoh.go.id\""), config);
        assertTrue(config.contains("\"contactAddress\": \"Jl. \\\"Merdeka\\\" 1\""), config);
        assertFalse(config.contains("logoUrl"), config);
    }

    @Test
    void servesFilesTheAppsRoutesAndTheLocalConfig() throws Exception {
        Path dist = Files.createDirectories(dir.resolve("dist/assets"));
        Files.writeString(dir.resolve("dist/index.html"), "<!doctype html><title>Si Kerja</title>");
        Files.writeString(dist.resolve("index-abc.js"), "console.log(1)");
        Files.writeString(dir.resolve("secret.txt"), "outside");
        String config = WebServer.localConfig(URI.create("http://127.0.0.1:3000"), "ap-southeast-3", "Kota \"Contoh\"");
        try (WebServer web = WebServer.start(dir.resolve("dist"), 0, config, dir.resolve("run/config.json"))) {
            HttpResponse<String> root = get(web, "/");
            assertEquals(200, root.statusCode());
            assertTrue(root.body().contains("Si Kerja"));
            assertEquals("no-cache", root.headers().firstValue("cache-control").orElseThrow());

            HttpResponse<String> asset = get(web, "/assets/index-abc.js");
            assertEquals("text/javascript; charset=utf-8", asset.headers().firstValue("content-type").orElseThrow());
            assertTrue(asset.headers().firstValue("cache-control").orElseThrow().contains("immutable"));

            HttpResponse<String> route = get(web, "/lacak/KS-2026-ABCDEF");
            assertEquals(200, route.statusCode(), "a route of the app answers index.html, as CloudFront's error response does");
            assertEquals(root.body(), route.body());

            assertEquals(404, get(web, "/assets/missing.js").statusCode(), "a missing file is no route");
            assertEquals(404, get(web, "/../secret.txt").statusCode());

            HttpResponse<String> served = get(web, "/config.json");
            assertEquals(config, served.body());
            assertTrue(served.body().contains("\"apiUrl\": \"http://127.0.0.1:3000\""));
            assertTrue(served.body().contains("Kota \\\"Contoh\\\""));
            assertEquals(config, Files.readString(dir.resolve("run/config.json")));
        }
    }

    private HttpResponse<byte[]> get(WebServer web, String path, String acceptEncoding) throws IOException, InterruptedException {
        HttpRequest.Builder request = HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + web.port() + path));
        if (acceptEncoding != null) {
            request.header("Accept-Encoding", acceptEncoding);
        }
        return HTTP.send(request.build(), HttpResponse.BodyHandlers.ofByteArray());
    }

    private static byte[] gunzip(byte[] body) throws IOException {
        try (InputStream in = new GZIPInputStream(new ByteArrayInputStream(body))) {
            return in.readAllBytes();
        }
    }

    @Test
    void compressesTextForBrowsersThatAcceptGzip() throws Exception {
        Path dist = Files.createDirectories(dir.resolve("dist/assets"));
        String page = "<!doctype html><title>Si Kerja</title>" + "<p>Sistem Kerja Sama Daerah</p>".repeat(100);
        Files.writeString(dir.resolve("dist/index.html"), page);
        byte[] script = ("export const stages = " + "['INTAKE','PERSIAPAN','PELAKSANAAN'],".repeat(300) + ";\n")
                .getBytes(java.nio.charset.StandardCharsets.UTF_8);
        Files.write(dist.resolve("index-abc.js"), script);
        Files.writeString(dist.resolve("tiny.css"), "body{margin:0}");
        byte[] png = new byte[4000];
        png[0] = (byte) 0x89;
        Files.write(dist.resolve("logo.png"), png);
        try (WebServer web = WebServer.start(dir.resolve("dist"), 0, "{}", dir.resolve("run/config.json"))) {
            // Chromium's header: the script comes gzipped, smaller, and unzips to the file
            HttpResponse<byte[]> gz = get(web, "/assets/index-abc.js", "gzip, deflate, br, zstd");
            assertEquals(200, gz.statusCode());
            assertEquals("gzip", gz.headers().firstValue("content-encoding").orElseThrow());
            assertEquals("Accept-Encoding", gz.headers().firstValue("vary").orElseThrow());
            assertEquals("text/javascript; charset=utf-8", gz.headers().firstValue("content-type").orElseThrow());
            assertTrue(gz.body().length < script.length / 4, gz.body().length + " bytes gzipped of " + script.length);
            assertArrayEquals(script, gunzip(gz.body()));
            assertArrayEquals(script, gunzip(get(web, "/assets/index-abc.js", "gzip").body()), "the second time too");

            // the app's routes answer index.html, gzipped as well
            HttpResponse<byte[]> route = get(web, "/lacak/KS-2026-ABCDEF", "gzip");
            assertEquals("gzip", route.headers().firstValue("content-encoding").orElseThrow());
            assertEquals(page, new String(gunzip(route.body()), java.nio.charset.StandardCharsets.UTF_8));

            // no gzip for a client that does not ask for it, or refuses it
            for (String refusing : new String[] {null, "identity", "br", "gzip;q=0", "gzip;q=0, *", "deflate, *;q=0"}) {
                HttpResponse<byte[]> plain = get(web, "/assets/index-abc.js", refusing);
                assertFalse(plain.headers().firstValue("content-encoding").isPresent(), String.valueOf(refusing));
                assertArrayEquals(script, plain.body(), String.valueOf(refusing));
                assertEquals("Accept-Encoding", plain.headers().firstValue("vary").orElseThrow());
            }
            assertEquals("gzip", get(web, "/", "br;q=1, *;q=0.5").headers().firstValue("content-encoding").orElseThrow());

            // small files and images as they are
            HttpResponse<byte[]> tiny = get(web, "/assets/tiny.css", "gzip");
            assertFalse(tiny.headers().firstValue("content-encoding").isPresent());
            assertEquals("body{margin:0}", new String(tiny.body(), java.nio.charset.StandardCharsets.UTF_8));
            HttpResponse<byte[]> image = get(web, "/assets/logo.png", "gzip");
            assertFalse(image.headers().firstValue("content-encoding").isPresent());
            assertArrayEquals(png, image.body());

            // a file rebuilt under the same name is served as it now is
            byte[] rebuilt = ("export const stages = " + "['SELESAI'],".repeat(400) + ";\n")
                    .getBytes(java.nio.charset.StandardCharsets.UTF_8);
            Files.write(dist.resolve("index-abc.js"), rebuilt);
            Files.setLastModifiedTime(dist.resolve("index-abc.js"),
                    java.nio.file.attribute.FileTime.fromMillis(System.currentTimeMillis() + 60_000));
            assertArrayEquals(rebuilt, gunzip(get(web, "/assets/index-abc.js", "gzip").body()));
        }
    }

    @Test
    void refusesToStartWithoutABuild() {
        IOException e = org.junit.jupiter.api.Assertions.assertThrows(IOException.class,
                () -> WebServer.start(dir.resolve("nothing"), 0, "{}", dir.resolve("config.json")));
        assertTrue(e.getMessage().contains("npm run build"));
    }
}
