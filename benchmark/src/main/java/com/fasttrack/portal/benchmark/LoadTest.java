package com.fasttrack.portal.benchmark;

import java.io.IOException;
import java.net.CookieManager;
import java.net.InetAddress;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.logging.Logger;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Issue 14's load test: N simulated users (default 200) at once, each signed in through the real login form (the
 * login page's CSRF token, a form POST), then walking, again and again until its rounds or the time are up, its
 * home, the engagement list and one engagement: each as a page navigation the way the Vaadin client makes it (the
 * route's HTML, then the {@code v-r=init} request that builds the view on the server, then the unload beacon that
 * gives the UI back when the user moves on) and as the REST API's list and detail reads. It reports p95 per step,
 * the errors (a status other than the expected one, or no answer in time) and the throughput.
 *
 * <p>Bounded: loopback only (it refuses any other host), a fixed number of users and rounds, a deadline for the whole
 * run and a timeout per request. It runs on a portal that is already up ({@code -Dload.url=http://127.0.0.1:8080})
 * or starts the packaged jar on the scale data set itself, like {@link ScaleBenchmark}.
 */
public final class LoadTest {

    private static final Logger LOG = Logger.getLogger(LoadTest.class.getName());
    private static final String PASSWORD = "fasttrack-demo";
    private static final Pattern CSRF_META = Pattern.compile("<meta name=\"_csrf\" content=\"([^\"]+)\"");
    private static final Pattern CSRF_PARAMETER = Pattern.compile("<meta name=\"_csrf_parameter\" content=\"([^\"]+)\"");
    private static final Pattern UI_ID = Pattern.compile("\"v-uiId\"\\s*:\\s*(\\d+)");
    private static final Pattern SECURITY_KEY = Pattern.compile("\"Vaadin-Security-Key\"\\s*:\\s*\"([^\"]+)\"");
    private static final Pattern FIRST_ID = Pattern.compile("\"id\"\\s*:\\s*\"([0-9a-f-]{36})\"");

    private final int users = Integer.getInteger("load.users", 200);
    private final int rounds = Integer.getInteger("load.rounds", 5);
    private final Duration duration = Duration.ofSeconds(Integer.getInteger("load.seconds", 180));
    private final Duration rampUp = Duration.ofSeconds(Integer.getInteger("load.ramp-up-seconds", 30));
    private final Map<String, List<Double>> millis = new ConcurrentHashMap<>();
    private final Map<String, AtomicInteger> errors = new ConcurrentHashMap<>();
    private final List<String> firstErrors = Collections.synchronizedList(new ArrayList<>());

    private LoadTest() {
    }

    public static void main(String[] args) throws Exception {
        Path out = Path.of(System.getProperty("load.out", "benchmark/target/load-test.md"));
        String url = System.getProperty("load.url", "");
        LoadTest test = new LoadTest();
        if (!url.isBlank()) {
            test.run(loopback(url), out);
            return;
        }
        Path jar = Path.of(System.getProperty("portal.jar", "portal-ui/target/portal-ui.jar"));
        try (Portal portal = Portal.prepare(Path.of(System.getProperty("benchmark.work", "benchmark/target/work")))) {
            Runtime.getRuntime().addShutdownHook(new Thread(portal::stop, "portal-stop"));
            portal.start(jar, "load-test");
            String seeded = portal.awaitSeeded();
            LOG.info(() -> seeded);
            test.run(URI.create(portal.url("")), out);
        }
    }

    /** The portal's address, refused unless it is this machine: the load goes to loopback only. */
    static URI loopback(String url) throws IOException {
        URI uri = URI.create(url.endsWith("/") ? url.substring(0, url.length() - 1) : url);
        if (uri.getHost() == null || !InetAddress.getByName(uri.getHost()).isLoopbackAddress()) {
            throw new IllegalArgumentException("The load test targets loopback only, not " + url);
        }
        return uri;
    }

    private void run(URI base, Path out) throws Exception {
        List<String> accounts = accounts(users);
        long deadline = System.nanoTime() + duration.toNanos();
        CountDownLatch done = new CountDownLatch(accounts.size());
        long began = System.nanoTime();
        try (ExecutorService threads = Executors.newVirtualThreadPerTaskExecutor()) {
            for (int i = 0; i < accounts.size(); i++) {
                String email = accounts.get(i);
                long startAt = began + rampUp.toNanos() * i / accounts.size();
                threads.submit(() -> {
                    try {
                        long wait = startAt - System.nanoTime();
                        if (wait > 0) {
                            TimeUnit.NANOSECONDS.sleep(wait); // the ramp-up: a schedule, not a synchronisation
                        }
                        new SimulatedUser(base, email).walk(deadline);
                    } catch (InterruptedException e) {
                        Thread.currentThread().interrupt();
                    } finally {
                        done.countDown();
                    }
                });
            }
            if (!done.await(duration.toSeconds() + 120, TimeUnit.SECONDS)) {
                threads.shutdownNow();
            }
        }
        String report = report(Duration.ofNanos(System.nanoTime() - began));
        Files.createDirectories(out.toAbsolutePath().getParent());
        Files.writeString(out, report);
        LOG.info(() -> "\n" + report + "\nWritten to " + out.toAbsolutePath());
    }

    /** The scale data set's users, in a mix like a real program's: mostly customers, then partners and staff. */
    static List<String> accounts(int count) {
        List<String> accounts = new ArrayList<>();
        for (int i = 0; accounts.size() < count; i++) {
            int kind = i % 10;
            if (kind < 6) {
                accounts.add(String.format(Locale.ROOT, "customer%04d@scale.example", i / 10 * 6 + kind + 1));
            } else if (kind < 8) {
                accounts.add(String.format(Locale.ROOT, "partner%03d@scale.example", (i / 10 * 2 + kind - 6) % 100 + 1));
            } else if (kind == 8) {
                accounts.add(String.format(Locale.ROOT, "engineer%02d@scale.fasttrack.example", i / 10 % 20 + 1));
            } else {
                accounts.add("morgan.lee@fasttrack.example");
            }
        }
        return accounts;
    }

    private void record(String step, double ms, boolean ok, String detail) {
        millis.computeIfAbsent(step, s -> Collections.synchronizedList(new ArrayList<>())).add(ms);
        if (!ok) {
            errors.computeIfAbsent(step, s -> new AtomicInteger()).incrementAndGet();
            if (firstErrors.size() < 10) {
                firstErrors.add(step + ": " + detail);
            }
        }
    }

    private String report(Duration took) {
        StringBuilder text = new StringBuilder("# Load test\n\n");
        int requests = millis.values().stream().mapToInt(List::size).sum();
        int failed = errors.values().stream().mapToInt(AtomicInteger::get).sum();
        text.append(String.format(Locale.ROOT, "%d simulated users (ramp-up %d s), up to %d rounds each, %d s at most; "
                        + "%,d requests in %.1f s (%.0f per second), %d errors.%n%n", users, rampUp.toSeconds(), rounds,
                duration.toSeconds(), requests, took.toMillis() / 1000.0, requests / Math.max(0.001, took.toMillis() / 1000.0),
                failed));
        text.append("| Step | Requests | p50 (ms) | p95 (ms) | max (ms) | Errors |\n|---|---|---|---|---|---|\n");
        new TreeMap<>(millis).forEach((step, values) -> {
            List<Double> copy;
            synchronized (values) {
                copy = new ArrayList<>(values);
            }
            text.append(String.format(Locale.ROOT, "| %s | %d | %.0f | %.0f | %.0f | %d |%n", step, copy.size(),
                    Measurement.percentile(copy, 50), Measurement.percentile(copy, 95),
                    Measurement.percentile(copy, 100), Optional.ofNullable(errors.get(step)).map(AtomicInteger::get)
                            .orElse(0)));
        });
        if (!firstErrors.isEmpty()) {
            text.append("\nFirst errors:\n");
            firstErrors.forEach(error -> text.append("- ").append(error).append('\n'));
        }
        return text.toString();
    }

    /** One user with its own cookies: signs in through the form, then walks until its rounds or the time are up. */
    private final class SimulatedUser {

        private final URI base;
        private final String email;
        private final HttpClient http;

        SimulatedUser(URI base, String email) {
            this.base = base;
            this.email = email;
            this.http = HttpClient.newBuilder().cookieHandler(new CookieManager())
                    .followRedirects(HttpClient.Redirect.NEVER).connectTimeout(Duration.ofSeconds(5)).build();
        }

        void walk(long deadline) throws InterruptedException {
            if (!signIn()) {
                return;
            }
            for (int round = 0; round < rounds && System.nanoTime() < deadline; round++) {
                page("Home (page)", "");
                page("Engagement list (page)", "engagements");
                Optional<String> id = api("Engagement list (API)", "/api/engagements?limit=25").flatMap(body -> {
                    Matcher m = FIRST_ID.matcher(body);
                    return m.find() ? Optional.of(m.group(1)) : Optional.empty();
                });
                if (id.isPresent()) {
                    api("Engagement (API)", "/api/engagements/" + id.get());
                    page("Engagement (page)", "engagements/" + id.get());
                }
            }
        }

        private boolean signIn() throws InterruptedException {
            Optional<HttpResponse<String>> login = send("Sign-in form (GET)", get("/login"), 200);
            if (login.isEmpty()) {
                return false;
            }
            Matcher token = CSRF_META.matcher(login.get().body());
            Matcher parameter = CSRF_PARAMETER.matcher(login.get().body());
            String form = "username=" + encode(email) + "&password=" + encode(PASSWORD)
                    + (token.find() ? "&" + (parameter.find() ? parameter.group(1) : "_csrf") + "=" + encode(token.group(1))
                    : "");
            Optional<HttpResponse<String>> posted = send("Sign-in form (POST)", HttpRequest.newBuilder(uri("/login"))
                    .timeout(Duration.ofSeconds(30)).header("Content-Type", "application/x-www-form-urlencoded")
                    .POST(HttpRequest.BodyPublishers.ofString(form)).build(), 302);
            boolean in = posted.isPresent() && !posted.get().headers().firstValue("Location").orElse("")
                    .contains("error");
            if (posted.isPresent() && !in) {
                record("Sign-in form (POST)", 0, false, email + " was sent back to the login page");
            }
            return in;
        }

        /** A page navigation as the Vaadin client makes it: HTML, init (the view is built), unload beacon. */
        private void page(String step, String location) throws InterruptedException {
            long started = System.nanoTime();
            Optional<HttpResponse<String>> html = send(step + " HTML", get("/" + location), 200);
            Optional<HttpResponse<String>> init = html.isEmpty() ? Optional.empty() : send(step + " init",
                    get("/?v-r=init&location=" + encode(location) + "&query="), 200);
            if (init.isEmpty()) {
                return;
            }
            Matcher ui = UI_ID.matcher(init.get().body());
            Matcher key = SECURITY_KEY.matcher(init.get().body());
            if (!ui.find() || !key.find()) {
                record(step + " init", 0, false, "no UI in the init answer for " + email + " at /" + location);
                return;
            }
            send(step + " unload beacon", HttpRequest.newBuilder(uri("/?v-r=uidl&v-uiId=" + ui.group(1)))
                    .timeout(Duration.ofSeconds(30)).header("Content-Type", "application/json; charset=UTF-8")
                    .POST(HttpRequest.BodyPublishers.ofString("{\"csrfToken\":\"" + key.group(1)
                            + "\",\"rpc\":[],\"syncId\":0,\"clientId\":0,\"UNLOAD\":true}")).build(), 200);
            record(step + ", whole navigation", (System.nanoTime() - started) / 1e6, true, "");
        }

        private Optional<String> api(String step, String path) throws InterruptedException {
            return send(step, get(path), 200).map(HttpResponse::body);
        }

        private HttpRequest get(String path) {
            return HttpRequest.newBuilder(uri(path)).timeout(Duration.ofSeconds(30)).GET().build();
        }

        private URI uri(String path) {
            return URI.create(base + path);
        }

        private Optional<HttpResponse<String>> send(String step, HttpRequest request, int expected)
                throws InterruptedException {
            long started = System.nanoTime();
            try {
                HttpResponse<String> response = http.send(request, HttpResponse.BodyHandlers.ofString());
                boolean ok = response.statusCode() == expected;
                record(step, (System.nanoTime() - started) / 1e6, ok, email + " " + request.method() + " "
                        + request.uri().getRawPath() + " answered " + response.statusCode());
                return ok ? Optional.of(response) : Optional.empty();
            } catch (IOException failed) {
                record(step, (System.nanoTime() - started) / 1e6, false, email + " " + request.uri().getRawPath()
                        + ": " + failed);
                return Optional.empty();
            }
        }
    }

    private static String encode(String value) {
        return URLEncoder.encode(value, StandardCharsets.UTF_8);
    }
}
