package org.caq.benchmark.title;

import static org.assertj.core.api.Assertions.assertThat;

import java.sql.Date;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import org.camunda.bpm.engine.ProcessEngine;
import org.caq.benchmark.BenchmarkSpringTest;
import org.caq.benchmark.TestTitles;
import org.caq.benchmark.application.ApplicantAccounts;
import org.caq.benchmark.documents.DocumentStore;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.client.TestRestTemplate;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;
import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * The public registry is served a page at a time, newest year first, and narrowed on the server by year, level and
 * words of a name (issue 19: ten years of the whole country's titles are thousands). A visitor without a login reads
 * it; what it cannot read is refused with what is allowed. The titles are three of Zhejiang's 2019 campaign, whose
 * cases the test leaves running (no other test opens a Zhejiang campaign of 2019); every other title the run has
 * awarded is in the registry too, and the walk through all its pages must meet each exactly once, in order.
 */
@BenchmarkSpringTest
class RegistryPagesIT {

    private static final int YEAR = 2019;
    private static final String MARK = "名录分页";

    @Autowired ProcessEngine engine;
    @Autowired JdbcClient jdbc;
    @Autowired DocumentStore store;
    @Autowired ApplicantAccounts accounts;
    @Autowired TestRestTemplate rest;

    @Test
    void pages_the_registry_newest_year_first_narrows_it_on_the_server_and_refuses_what_it_cannot_read() {
        List<String> titles = TestTitles.heldInZhejiang(engine, jdbc, store, accounts, YEAR,
                List.of(MARK + "甲有限公司", MARK + "乙有限公司", MARK + "丙有限公司"));
        jdbc.sql("update benchmark_title set status = 'REVOKED', revoked_on = ?, revocation_ground = 'QUALITY_ACCIDENT' where number = ?")
                .params(Date.valueOf(LocalDate.of(YEAR + 1, 6, 1)), titles.get(1)).update();

        // page by page, in the title numbers' order within the year
        Map<String, Object> first = page("?q=" + MARK + "&size=2");
        assertThat(first).containsEntry("total", 3).containsEntry("page", 1).containsEntry("size", 2);
        assertThat(numbers(first)).containsExactlyElementsOf(titles.stream().sorted().toList().subList(0, 2));
        assertThat((List<Integer>) first.get("years")).contains(YEAR).isSortedAccordingTo((a, b) -> b - a);
        Map<String, Object> second = page("?q=" + MARK + "&size=2&page=2");
        assertThat(numbers(second)).containsExactly(titles.stream().sorted().toList().get(2));
        assertThat(second).containsEntry("total", 3);
        assertThat(numbers(page("?q=" + MARK + "&size=2&page=3"))).isEmpty();
        assertThat(entries(second).get(0)).containsEntry("year", YEAR).containsEntry("level", "provincial")
                .containsEntry("levelName", "省级");

        // narrowed on the server: year, level, words (a wildcard sent as a word matches only itself)
        assertThat(page("?q=" + MARK + "&year=" + YEAR + "&level=provincial")).containsEntry("total", 3);
        assertThat(page("?q=" + MARK + "&year=" + (YEAR - 1))).containsEntry("total", 0);
        assertThat(page("?q=" + MARK + "&level=national")).containsEntry("total", 0);
        Map<String, Object> revoked = page("?q=" + MARK + "乙");
        assertThat(numbers(revoked)).containsExactly(titles.get(1));
        assertThat(entries(revoked).get(0)).containsEntry("status", "REVOKED").containsEntry("revocationGround", "发生重大质量责任事故")
                .doesNotContainKey("videoUrl");
        assertThat(page("?q=%25")).containsEntry("total", 0);
        assertThat(page("?q=_")).containsEntry("total", 0);
        assertThat(numbers(page("?year=" + YEAR + "&size=200"))).containsAll(titles);

        // the whole registry walked a page at a time: every title once, newest year first, then by number
        Map<String, Object> all = page("?size=200");
        int total = (Integer) all.get("total");
        List<Map<String, Object>> walked = new ArrayList<>();
        for (int p = 1; walked.size() < total && p <= total; p++) {
            walked.addAll(entries(page("?size=7&page=" + p)));
        }
        assertThat(walked).hasSize(total);
        assertThat(walked).extracting(e -> e.get("titleNumber")).doesNotHaveDuplicates().containsAll(titles);
        assertThat(walked).isSortedAccordingTo(Comparator.comparing((Map<String, Object> e) -> (Integer) e.get("year")).reversed()
                .thenComparing(e -> (String) e.get("titleNumber")));
        assertThat(jdbc.sql("select count(*) from benchmark_title").query(Integer.class).single()).isEqualTo(total);

        // the year's charts count the year's titles only
        Map<String, Object> summary = rest.getForObject("/public/api/registry/" + YEAR + "/summary", Map.class);
        assertThat((List<Map<String, Object>>) summary.get("byProvince")).anySatisfy(c ->
                assertThat(c).containsEntry("name", "浙江省").satisfies(z -> assertThat((Integer) z.get("titles")).isGreaterThanOrEqualTo(3)));
    }

    @Test
    void refuses_a_page_it_cannot_read_saying_what_is_allowed() {
        assertRefused("?page=0", "页码无效（当前值：0）：须为 1 至 100000 之间的整数。");
        assertRefused("?page=abc", "请求参数 page 的值无效（当前值：abc）：须为整数。");
        assertRefused("?size=0", "每页条数无效（当前值：0）：须为 1 至 200 之间的整数。");
        assertRefused("?size=201", "每页条数无效（当前值：201）：须为 1 至 200 之间的整数。");
        assertRefused("?year=二〇一九", "请求参数 year 的值无效（当前值：二〇一九）：须为整数。");
        assertRefused("?level=county", "遴选级别无效（当前值：county）：只能是 national（全国）或 provincial（省级）。");
        assertRefused("?q=" + "名".repeat(101), "名称或企业关键词过长（101 个字）：最多 100 个字。");
    }

    private void assertRefused(String query, String message) {
        ResponseEntity<Map> answer = rest.getForEntity("/public/api/registry" + query, Map.class);
        assertThat(answer.getStatusCode()).as(query).isEqualTo(HttpStatus.BAD_REQUEST);
        assertThat(answer.getBody()).as(query).containsEntry("message", message);
    }

    private Map<String, Object> page(String query) {
        ResponseEntity<Map> answer = rest.getForEntity("/public/api/registry" + query, Map.class);
        assertThat(answer.getStatusCode()).as(query).isEqualTo(HttpStatus.OK);
        return answer.getBody();
    }

    private static List<Map<String, Object>> entries(Map<String, Object> page) {
        return (List<Map<String, Object>>) page.get("entries");
    }

    private static List<String> numbers(Map<String, Object> page) {
        return entries(page).stream().map(e -> (String) e.get("titleNumber")).toList();
    }
}
