package io.ballast.agent.config;

import static org.assertj.core.api.Assertions.assertThat;

import io.ballast.agent.config.YamlLocations.Position;
import java.io.IOException;
import org.junit.jupiter.api.Test;

class YamlLocationsTest {
    private static final String YAML = """
            agent:
              name: a
            custodians:
              - name: first
                sftp:
                  port: 22
              - {name: second, port: 23}
            restricted: [XOM, 'BRK.B']
            """;

    @Test
    void locatesKeysAtTheirNames() throws IOException {
        YamlLocations locations = YamlLocations.scan(YAML);

        assertThat(locations.of(KeyPath.ROOT.key("agent"))).isEqualTo(new Position(1, 1));
        assertThat(locations.of(KeyPath.ROOT.key("agent").key("name"))).isEqualTo(new Position(2, 3));
        assertThat(locations.of(path("custodians", 0, "sftp", "port"))).isEqualTo(new Position(6, 7));
    }

    @Test
    void locatesListItemsAtTheirValues() throws IOException {
        YamlLocations locations = YamlLocations.scan(YAML);

        assertThat(locations.of(path("custodians", 0))).isEqualTo(new Position(4, 5));
        assertThat(locations.of(path("custodians", 1))).isEqualTo(new Position(7, 5));
        assertThat(locations.of(path("custodians", 1, "port"))).isEqualTo(new Position(7, 20));
        assertThat(locations.of(path("restricted", 1))).isEqualTo(new Position(8, 19));
    }

    @Test
    void aMissingKeyIsLocatedAtItsNearestEnclosingKey() throws IOException {
        YamlLocations locations = YamlLocations.scan(YAML);

        assertThat(locations.of(path("custodians", 0, "sftp", "host"))).isEqualTo(new Position(5, 5));
        assertThat(locations.of(KeyPath.ROOT.key("optimizer"))).isEqualTo(new Position(1, 1));
    }

    @Test
    void printsPathsTheWayAnAdminReadsThem() {
        assertThat(path("custodians", 0, "sftp", "port")).hasToString("custodians[0].sftp.port");
        assertThat(path("targets", "BRK.B")).hasToString("targets['BRK.B']");
        assertThat(KeyPath.ROOT).hasToString("(top level)");
    }

    private static KeyPath path(Object... segments) {
        KeyPath path = KeyPath.ROOT;
        for (Object segment : segments) {
            path = segment instanceof Integer index ? path.index(index) : path.key((String) segment);
        }
        return path;
    }
}
