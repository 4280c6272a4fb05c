package io.ballast.agent.config;

import java.net.URISyntaxException;
import java.net.URL;
import java.nio.file.Path;

/** The example configuration and the test files under {@code src/test/resources/config}. */
final class Fixtures {
    private Fixtures() {
    }

    static Path example() {
        return resource("ballast/config/ballast.yaml");
    }

    /** The custom route example shipped beside the example configuration. */
    static Path exampleRoute() {
        return resource("ballast/config/routes/odd-feed.yaml");
    }

    static Path config(String name) {
        return resource("config/" + name);
    }

    private static Path resource(String name) {
        URL url = Fixtures.class.getClassLoader().getResource(name);
        if (url == null) {
            throw new IllegalStateException(name + " is not on the test classpath");
        }
        try {
            return Path.of(url.toURI());
        } catch (URISyntaxException e) {
            throw new IllegalStateException(e);
        }
    }
}
