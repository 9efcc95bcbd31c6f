package id.sikerja.local.web;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import static org.junit.jupiter.api.Assertions.assertEquals;
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

    @Test
    void refusesToStartWithoutABuild() {
        IOException e = org.junit.jupiter.api.Assertions.assertThrows(IOException.class,
                () -> WebServer.start(dir.resolve("nothing"), 0, "{}", dir.resolve("config.json")));
        assertTrue(e.getMessage().contains("npm run build"));
    }
}
