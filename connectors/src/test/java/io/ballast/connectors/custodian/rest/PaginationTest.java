package io.ballast.connectors.custodian.rest;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.net.URI;
import org.junit.jupiter.api.Test;

class PaginationTest {
    private static final URI FIRST = URI.create("https://api.example/v2/lots?pageSize=500");

    private static JsonNode json(String text) throws Exception {
        return new ObjectMapper().readTree(text.replace('\'', '"'));
    }

    @Test
    void aCursorIsSentWithTheFirstPagesQuery() throws Exception {
        Pagination cursor = new Pagination(Pagination.Style.CURSOR, "/meta/next", "after");

        assertThat(cursor.after(FIRST, FIRST, json("{'meta':{'next':'a b/c'}}")))
                .contains(URI.create("https://api.example/v2/lots?pageSize=500&after=a+b%2Fc"));
        assertThat(cursor.after(FIRST, FIRST, json("{'meta':{'next':null}}"))).isEmpty();
        assertThat(cursor.after(FIRST, FIRST, json("{'meta':{}}"))).isEmpty();
    }

    @Test
    void aNextLinkMayBeRelative() throws Exception {
        Pagination links = new Pagination(Pagination.Style.NEXT_LINK, "/links/next", "cursor");
        URI second = URI.create("https://api.example/v2/lots?page=2");

        assertThat(links.after(FIRST, second, json("{'links':{'next':'/v2/lots?page=3'}}")))
                .contains(URI.create("https://api.example/v2/lots?page=3"));
        assertThat(links.after(FIRST, second, json("{'links':{'next':''}}"))).isEmpty();
    }

    @Test
    void noPaginationIsOnePage() throws Exception {
        assertThat(new Pagination(Pagination.Style.NONE, "/next", "cursor").after(FIRST, FIRST,
                json("{'next':'x'}"))).isEmpty();
    }
}
