package io.ballast.connectors.custodian.rest;

import static org.assertj.core.api.Assertions.assertThat;

import io.ballast.domain.AccountType;
import io.ballast.domain.CustodianSnapshot;
import io.ballast.domain.ParseFailure;
import io.ballast.domain.ParseResult;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class JsonBookReaderTest {
    private static final LocalDate FETCH_DAY = LocalDate.of(2026, 11, 25);
    private static final JsonBookMapping MAPPING = new JsonBookMapping("/meta/asOf",
            Map.of("INDIVIDUAL", AccountType.TAXABLE, "IRA", AccountType.TRADITIONAL_IRA), resources());

    private static Map<BookResource, ResourceMapping> resources() {
        Map<BookResource, ResourceMapping> resources = new EnumMap<>(BookResource.class);
        resources.put(BookResource.ACCOUNTS, new ResourceMapping("/accounts", "/data",
                Map.of("id", "/number", "type", "/registration")));
        resources.put(BookResource.SECURITIES, new ResourceMapping("/securities", "", Map.of()));
        resources.put(BookResource.PRICES, new ResourceMapping("/prices", "/data", Map.of("price", "/close/amount")));
        resources.put(BookResource.LOTS, new ResourceMapping("/lots", "/data", Map.of("account", "/number")));
        resources.put(BookResource.CASH, new ResourceMapping("/cash", "/data", Map.of("account", "/number")));
        return resources;
    }

    private final List<JsonPage> pages = new ArrayList<>();

    private void page(BookResource resource, String json) {
        int number = (int) pages.stream().filter(p -> p.resource() == resource).count() + 1;
        pages.add(new JsonPage(resource, number, URI.create("https://api.example/" + resource.key() + "/" + number),
                json.replace('\'', '"').getBytes(StandardCharsets.UTF_8)));
    }

    private void goodBook() {
        page(BookResource.ACCOUNTS, "{'meta':{'asOf':'2026-11-24'},'data':[{'number':'A-1','household':'HH-1',"
                + "'registration':'INDIVIDUAL'}]}");
        page(BookResource.SECURITIES, "[{'symbol':'VTI','cusip':'922908769','name':'Total Market','assetClass':'US'}]");
        page(BookResource.PRICES, "{'data':[{'symbol':'VTI','close':{'amount':287.40}}]}");
        page(BookResource.LOTS, "{'data':[{'number':'A-1','id':'L-1','symbol':'VTI','quantity':'10',"
                + "'costBasis':2500.10,'acquired':'2024-03-18'}]}");
        page(BookResource.LOTS, "{'data':[{'number':'A-1','id':'L-2','symbol':'VTI','quantity':5,"
                + "'costBasis':'1400','acquired':'2025-01-02'}]}");
        page(BookResource.CASH, "{'data':[{'number':'A-1','amount':'1200.55'}]}");
    }

    @Test
    void readsEveryResourceThroughItsPointers() {
        goodBook();

        ParseResult<CustodianSnapshot> read = new JsonBookReader(MAPPING).read("api", FETCH_DAY, pages);

        assertThat(read.failures()).isEmpty();
        CustodianSnapshot book = read.value();
        assertThat(book.asOf()).isEqualTo(LocalDate.of(2026, 11, 24));
        assertThat(book.accounts()).singleElement().satisfies(a -> assertThat(a.type()).isEqualTo(AccountType.TAXABLE));
        assertThat(book.lots()).hasSize(2);
        assertThat(book.lots().get(0).costBasis()).isEqualByComparingTo("2500.10");
        assertThat(book.prices().get(0).price()).isEqualByComparingTo("287.40");
        assertThat(book.cash().get(0).amount()).isEqualByComparingTo("1200.55");
    }

    @Test
    void namesEveryBadFieldWithPageRecordAndPointer() {
        page(BookResource.ACCOUNTS, "{'meta':{'asOf':'24/11/2026'},'data':[{'number':'A-1','household':'HH-1',"
                + "'registration':'TRUST'}]}");
        page(BookResource.SECURITIES, "[{'symbol':'VTI','cusip':'922908760','name':'Total Market','assetClass':'US'}]");
        page(BookResource.PRICES, "{'data':[{'symbol':'VTI','close':{'amount':-1}}]}");
        page(BookResource.LOTS, "{'data':[{'number':'A-9','id':'L-1','symbol':'VTI','quantity':'ten',"
                + "'costBasis':10,'acquired':'2024-03-18'}, {'number':'A-1','symbol':'BND','quantity':1,"
                + "'costBasis':10,'acquired':'2024-02-30'}]}");
        page(BookResource.CASH, "{'data': {'number':'A-1'}}");

        List<String> failures = new JsonBookReader(MAPPING).read("api", FETCH_DAY, pages).failures().stream()
                .map(ParseFailure::toString).toList();

        assertThat(failures).containsExactly(
                "accounts page 1 (https://api.example/accounts/1):0 [asOf /meta/asOf]: '24/11/2026' is not a date (yyyy-MM-dd)",
                "accounts page 1 (https://api.example/accounts/1):1 [type /registration]: 'TRUST' is not one of [INDIVIDUAL, IRA]",
                "securities page 1 (https://api.example/securities/1):1 [cusip /cusip]: '922908760' is not a valid CUSIP (nine characters with a correct check digit)",
                "prices page 1 (https://api.example/prices/1):1 [price /close/amount]: -1 is not positive",
                "lots page 1 (https://api.example/lots/1):1 [quantity /quantity]: 'ten' is not a number",
                "lots page 1 (https://api.example/lots/1):2 [id /id]: is missing",
                "lots page 1 (https://api.example/lots/1):2 [acquired /acquired]: '2024-02-30' is not a date (yyyy-MM-dd)",
                "cash page 1 (https://api.example/cash/1):0 [/data]: is not an array of records");
    }

    @Test
    void crossChecksTheResourcesAgainstEachOther() {
        goodBook();
        page(BookResource.LOTS, "{'data':[{'number':'A-2','id':'L-1','symbol':'BND','quantity':1,'costBasis':1,"
                + "'acquired':'2024-01-02'}]}");

        List<String> failures = new JsonBookReader(MAPPING).read("api", FETCH_DAY, pages).failures().stream()
                .map(ParseFailure::toString).toList();

        assertThat(failures).containsExactly(
                "lots page 3 (https://api.example/lots/3):1 [id /id]: lot L-1 appears twice",
                "lots page 3 (https://api.example/lots/3):1 [account /number]: account A-2 is not among the accounts served",
                "lots page 3 (https://api.example/lots/3):1 [symbol /symbol]: security BND is not among the securities served");
    }

    @Test
    void aPageThatIsNotJsonIsNamedWithItsLine() {
        goodBook();
        page(BookResource.CASH, "{'data':\n[{'number':'A-1',\n'amount':}]}");

        assertThat(new JsonBookReader(MAPPING).read("api", FETCH_DAY, pages).failures()).singleElement()
                .satisfies(f -> assertThat(f.file()).isEqualTo("cash page 2 (https://api.example/cash/2)"))
                .satisfies(f -> assertThat(f.line()).isEqualTo(3))
                .satisfies(f -> assertThat(f.reason()).startsWith("is not JSON"));
    }
}
