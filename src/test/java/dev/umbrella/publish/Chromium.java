package dev.umbrella.publish;

import static org.assertj.core.api.Assertions.fail;

import com.google.gson.JsonObject;
import com.google.gson.JsonParser;
import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.WebSocket;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Base64;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionStage;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.Assumptions;

/**
 * Debian's headless Chromium driven over the Chrome DevTools Protocol (a WebSocket, JDK client; no
 * Selenium, whose driver manager would try the network). Records console errors, uncaught
 * exceptions and every request a page makes, for the report and slides browser tests.
 */
final class Chromium implements AutoCloseable {
    /** True on a page once plotly has drawn every {@code .figure} (its SVG is in the page). */
    static final String FIGURES_DRAWN = "[...document.querySelectorAll('.figure')]"
            + ".every(f => f.querySelector('.js-plotly-plot svg.main-svg') !== null)";

    static final Path BINARY = Path.of(System.getenv().getOrDefault("UMBRELLA_CHROMIUM", "/usr/bin/chromium"));

    private final Process process;
    private final WebSocket socket;
    private final AtomicInteger ids = new AtomicInteger();
    private final Map<Integer, CompletableFuture<JsonObject>> pending = new ConcurrentHashMap<>();
    private final List<JsonObject> events = new CopyOnWriteArrayList<>();

    /** Under CI=true a missing Chromium fails the test; elsewhere it is reported as not checked. */
    static void requireInstalled() {
        if (!Files.isExecutable(BINARY)) {
            String message = "Chromium not found at " + BINARY
                    + " (Debian package chromium); the browser test could not check the report";
            if ("true".equals(System.getenv("CI"))) {
                fail(message);
            }
            Assumptions.abort(message);
        }
    }

    static Chromium launch(Path userDataDir) throws IOException, InterruptedException {
        requireInstalled();
        var command = List.of(
                BINARY.toString(),
                "--headless",
                "--no-sandbox",
                "--disable-gpu",
                "--disable-quic",
                "--no-first-run",
                "--disable-background-networking",
                "--disable-component-update",
                "--disable-sync",
                "--disable-extensions",
                "--user-data-dir=" + userDataDir,
                "--remote-debugging-port=0",
                "--window-size=1280,720",
                "about:blank");
        Process process = new ProcessBuilder(command)
                .redirectErrorStream(true)
                .redirectOutput(userDataDir.resolve("chromium.log").toFile())
                .start();
        Path portFile = userDataDir.resolve("DevToolsActivePort");
        long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(30);
        while (!Files.isRegularFile(portFile) || Files.readAllLines(portFile).size() < 2) {
            if (!process.isAlive() || System.nanoTime() > deadline) {
                process.destroyForcibly();
                fail("Chromium did not start: " + Files.readString(userDataDir.resolve("chromium.log")));
            }
            Thread.sleep(50);
        }
        List<String> lines = Files.readAllLines(portFile);
        return new Chromium(
                process,
                URI.create(
                        "ws://127.0.0.1:" + lines.get(0).strip() + lines.get(1).strip()));
    }

    private Chromium(Process process, URI browser) {
        this.process = process;
        this.socket = HttpClient.newHttpClient()
                .newWebSocketBuilder()
                .connectTimeout(Duration.ofSeconds(10))
                .buildAsync(browser, new Listener())
                .join();
    }

    /** Opens a page in a fresh tab at 1280x720 with console, log and network recording on. */
    Tab open(String url) {
        String target = call(null, "Target.createTarget", obj("url", "about:blank"))
                .get("targetId")
                .getAsString();
        var attach = obj("targetId", target);
        attach.addProperty("flatten", true);
        String session =
                call(null, "Target.attachToTarget", attach).get("sessionId").getAsString();
        var tab = new Tab(session);
        for (String domain : List.of("Page", "Runtime", "Log", "Network")) {
            call(session, domain + ".enable", new JsonObject());
        }
        var metrics = new JsonObject();
        metrics.addProperty("width", 1280);
        metrics.addProperty("height", 720);
        metrics.addProperty("deviceScaleFactor", 1);
        metrics.addProperty("mobile", false);
        call(session, "Emulation.setDeviceMetricsOverride", metrics);
        int before = events.size();
        call(session, "Page.navigate", obj("url", url));
        tab.waitFor("Page.loadEventFired", before);
        return tab;
    }

    /** Attaches to the first open page whose title starts with {@code titlePrefix}, e.g. a window a page opened; null if none. */
    Tab attach(String titlePrefix) {
        for (var info : call(null, "Target.getTargets", new JsonObject()).getAsJsonArray("targetInfos")) {
            JsonObject target = info.getAsJsonObject();
            if ("page".equals(target.get("type").getAsString())
                    && target.get("title").getAsString().startsWith(titlePrefix)) {
                var attach = obj("targetId", target.get("targetId").getAsString());
                attach.addProperty("flatten", true);
                String session = call(null, "Target.attachToTarget", attach)
                        .get("sessionId")
                        .getAsString();
                call(session, "Runtime.enable", new JsonObject());
                return new Tab(session);
            }
        }
        return null;
    }

    final class Tab {
        private final String session;

        private Tab(String session) {
            this.session = session;
        }

        /** Evaluates a JavaScript expression (promises awaited) and returns its value as a string. */
        String eval(String expression) {
            var params = obj("expression", expression);
            params.addProperty("returnByValue", true);
            params.addProperty("awaitPromise", true);
            JsonObject result = call(session, "Runtime.evaluate", params);
            if (result.has("exceptionDetails")) {
                fail("JavaScript failed: " + result.get("exceptionDetails"));
            }
            var value = result.getAsJsonObject("result").get("value");
            return value == null || value.isJsonNull() ? "" : value.getAsString();
        }

        /** Polls until the expression is "true" or the timeout passes; returns whether it became true. */
        boolean await(String expression, Duration timeout) throws InterruptedException {
            long deadline = System.nanoTime() + timeout.toNanos();
            while (System.nanoTime() < deadline) {
                if ("true".equals(eval("String(" + expression + ")"))) {
                    return true;
                }
                Thread.sleep(100);
            }
            return false;
        }

        void press(String key) {
            for (String type : List.of("keyDown", "keyUp")) {
                var params = obj("type", type);
                params.addProperty("key", key);
                params.addProperty("code", key);
                call(session, "Input.dispatchKeyEvent", params);
            }
        }

        void screenshot(Path png) throws IOException {
            String data = call(session, "Page.captureScreenshot", obj("format", "png"))
                    .get("data")
                    .getAsString();
            Files.write(png, Base64.getDecoder().decode(data));
        }

        /** Console errors, uncaught exceptions and browser log errors of this page. */
        List<String> errors() {
            List<String> errors = new ArrayList<>();
            for (JsonObject e : ofSession()) {
                String method = e.get("method").getAsString();
                JsonObject p = e.getAsJsonObject("params");
                if (method.equals("Runtime.consoleAPICalled")
                        && p.get("type").getAsString().equals("error")) {
                    errors.add("console.error: " + p.get("args"));
                } else if (method.equals("Runtime.exceptionThrown")) {
                    errors.add("exception: " + p.getAsJsonObject("exceptionDetails"));
                } else if (method.equals("Log.entryAdded")
                        && p.getAsJsonObject("entry").get("level").getAsString().equals("error")) {
                    errors.add("log: " + p.getAsJsonObject("entry").get("text").getAsString());
                }
            }
            return errors;
        }

        /** Every URL the page requested that is not the page's own file or inline data. */
        List<String> networkRequests() {
            List<String> requests = new ArrayList<>();
            for (JsonObject e : ofSession()) {
                if (e.get("method").getAsString().equals("Network.requestWillBeSent")) {
                    String url = e.getAsJsonObject("params")
                            .getAsJsonObject("request")
                            .get("url")
                            .getAsString();
                    if (!url.startsWith("file:")
                            && !url.startsWith("data:")
                            && !url.startsWith("blob:")
                            && !url.startsWith("about:")) {
                        requests.add(url);
                    }
                }
            }
            return requests;
        }

        private List<JsonObject> ofSession() {
            List<JsonObject> mine = new ArrayList<>();
            for (JsonObject e : events) {
                if (e.has("sessionId") && e.get("sessionId").getAsString().equals(session)) {
                    mine.add(e);
                }
            }
            return mine;
        }

        private void waitFor(String method, int after) {
            long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(30);
            while (System.nanoTime() < deadline) {
                for (int i = after; i < events.size(); i++) {
                    JsonObject e = events.get(i);
                    if (e.get("method").getAsString().equals(method)
                            && e.has("sessionId")
                            && e.get("sessionId").getAsString().equals(session)) {
                        return;
                    }
                }
                try {
                    Thread.sleep(20);
                } catch (InterruptedException ex) {
                    Thread.currentThread().interrupt();
                    return;
                }
            }
            fail("timed out waiting for " + method);
        }
    }

    private JsonObject call(String session, String method, JsonObject params) {
        int id = ids.incrementAndGet();
        var message = new JsonObject();
        message.addProperty("id", id);
        message.addProperty("method", method);
        message.add("params", params);
        if (session != null) {
            message.addProperty("sessionId", session);
        }
        var future = new CompletableFuture<JsonObject>();
        pending.put(id, future);
        socket.sendText(message.toString(), true).join();
        JsonObject reply = future.orTimeout(30, TimeUnit.SECONDS).join();
        if (reply.has("error")) {
            fail(method + " failed: " + reply.get("error"));
        }
        return reply.getAsJsonObject("result");
    }

    private static JsonObject obj(String key, String value) {
        var o = new JsonObject();
        o.addProperty(key, value);
        return o;
    }

    private final class Listener implements WebSocket.Listener {
        private final StringBuilder partial = new StringBuilder();

        @Override
        public CompletionStage<?> onText(WebSocket webSocket, CharSequence data, boolean last) {
            partial.append(data);
            if (last) {
                JsonObject message = JsonParser.parseString(partial.toString()).getAsJsonObject();
                partial.setLength(0);
                if (message.has("id")) {
                    var future = pending.remove(message.get("id").getAsInt());
                    if (future != null) {
                        future.complete(message);
                    }
                } else if (message.has("method")) {
                    events.add(message);
                }
            }
            webSocket.request(1);
            return null;
        }
    }

    @Override
    public void close() throws InterruptedException {
        try {
            socket.sendClose(WebSocket.NORMAL_CLOSURE, "")
                    .orTimeout(5, TimeUnit.SECONDS)
                    .exceptionally(e -> null)
                    .join();
        } finally {
            // Chromium's helpers (renderer, zygote, crash handler) can outlive the browser process for a
            // moment and keep writing into the profile, which then cannot be deleted with the test's temp
            // directory: end them too, and wait, before the profile is cleaned up.
            var helpers = process.descendants().toList();
            process.destroy();
            if (!process.waitFor(10, TimeUnit.SECONDS)) {
                process.destroyForcibly();
            }
            for (ProcessHandle helper : helpers) {
                helper.destroyForcibly();
            }
            for (ProcessHandle helper : helpers) {
                try {
                    helper.onExit().get(10, TimeUnit.SECONDS);
                } catch (java.util.concurrent.ExecutionException | java.util.concurrent.TimeoutException e) {
                    // gone or stuck: the temp directory cleanup reports what is left
                }
            }
        }
    }
}
