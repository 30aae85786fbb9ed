package org.caq.benchmark.recommendingunit;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.springframework.core.io.FileSystemResource;
import org.springframework.core.io.Resource;

/**
 * An administrator adds a province's selection by its directory and level rules in the installation's folder
 * (docs/administration.md). What is broken is refused at start-up, naming the file, the line and what to fix.
 */
class DirectoryFilesTest {

    private static final String RULE_HEADER = "directory,title_name,office_name,approver_group,approver_name,publicity,"
            + "revoker_group,revoker_name,revocation_basis,national_preference,nominations_per_unit";
    private static final String ZHEJIANG_RULE = "zhejiang,浙江省质量标杆,浙江省经济和信息化厅,office-zhejiang,浙江省经济和信息化厅,"
            + "REQUIRED,office-zhejiang,浙江省经济和信息化厅,根据浙江省通知的申报条件,,";

    @TempDir Path folder;

    private Path write(String name, String... lines) throws IOException {
        Path file = folder.resolve(name);
        Files.createDirectories(file.getParent());
        return Files.write(file, List.of(lines));
    }

    private LevelRules rulesWithZhejiang() throws IOException {
        write("level-rules.csv", RULE_HEADER, ZHEJIANG_RULE);
        return new LevelRules(folder.toString());
    }

    private List<RecommendingUnit> load(LevelRules rules) {
        return RecommendingUnitDirectory.load(DirectoryFiles.find(RecommendingUnitDirectory.PROVINCE_FILES, folder.toString()), rules);
    }

    @Test
    void adds_a_province_from_the_installation_s_folder_beside_the_shipped_ones() throws IOException {
        write("provinces/zhejiang.csv", "# 浙江", "code,name,kind,default_quota", "zhejiang-hangzhou,杭州市经济和信息化局,CITY,2");
        LevelRules rules = rulesWithZhejiang();

        assertThat(rules.all()).extracting(LevelRule::directory).containsExactly("national", "jiangsu", "shandong", "zhejiang");
        assertThat(load(rules)).filteredOn(unit -> unit.directory().equals("zhejiang"))
                .containsExactly(new RecommendingUnit("zhejiang-hangzhou", "zhejiang", "杭州市经济和信息化局", RecommendingUnit.Kind.CITY, 2));
        assertThat(load(rules)).extracting(RecommendingUnit::directory).contains("national", "jiangsu", "shandong");
    }

    @Test
    void refuses_a_broken_directory_line_naming_its_file_and_line() throws IOException {
        LevelRules rules = rulesWithZhejiang();
        Path file = write("provinces/zhejiang.csv", "code,name,kind,default_quota", "zhejiang-hangzhou,杭州市经济和信息化局,CITY,2",
                "zhejiang-ningbo,宁波市经济和信息化局,TOWN,2");
        assertThatThrownBy(() -> load(rules)).isInstanceOf(IllegalStateException.class)
                .hasMessageContaining(file.toUri().toString().replace("file:///", "file:/"))
                .hasMessageContaining("zhejiang.csv line 3: kind TOWN is not one of");

        write("provinces/zhejiang.csv", "zhejiang-hangzhou,杭州市经济和信息化局,CITY,9");
        assertThatThrownBy(() -> load(rules)).hasMessageContaining("line 1: default_quota 9 must be a whole number from 0 to 5");
        write("provinces/zhejiang.csv", "zhejiang-hangzhou,杭州市经济和信息化局，CITY,2");
        assertThatThrownBy(() -> load(rules)).hasMessageContaining("line 1: a directory line needs 4 cells");
        write("provinces/zhejiang.csv", "Hangzhou,杭州市经济和信息化局,CITY,2");
        assertThatThrownBy(() -> load(rules)).hasMessageContaining("line 1: code Hangzhou must be lower-case");
        write("provinces/zhejiang.csv", "zhejiang-hangzhou,杭州市经济和信息化局,NATIONAL_ASSOCIATION,2");
        assertThatThrownBy(() -> load(rules)).hasMessageContaining("a province's unit is CITY or DIRECT");
        write("provinces/zhejiang.csv", "jiangsu-nanjing,南京市工业和信息化局,CITY,2");
        assertThatThrownBy(() -> load(rules)).hasMessageContaining("unit code jiangsu-nanjing is already used in the jiangsu directory");
    }

    @Test
    void refuses_a_province_without_its_level_rules_and_a_broken_rule_naming_its_line() throws IOException {
        write("provinces/zhejiang.csv", "zhejiang-hangzhou,杭州市经济和信息化局,CITY,2");
        assertThatThrownBy(() -> load(new LevelRules(folder.toString()))).isInstanceOf(IllegalStateException.class)
                .hasMessageContaining("province zhejiang has no row in any directory/level-rules.csv");

        write("level-rules.csv", RULE_HEADER, ZHEJIANG_RULE.replace("REQUIRED", "SOMETIMES"));
        assertThatThrownBy(() -> new LevelRules(folder.toString())).isInstanceOf(IllegalStateException.class)
                .hasMessageContaining("level-rules.csv line 2: publicity SOMETIMES must be REQUIRED or OPTIONAL");
        write("level-rules.csv", RULE_HEADER, ZHEJIANG_RULE.replace("office-zhejiang,浙江省经济和信息化厅,REQUIRED", ",浙江省经济和信息化厅,REQUIRED"));
        assertThatThrownBy(() -> new LevelRules(folder.toString())).hasMessageContaining("line 2: cell 4 (approver_group) is empty");
        write("level-rules.csv", RULE_HEADER, ZHEJIANG_RULE.replace("zhejiang,浙江省质量标杆", "jiangsu,浙江省质量标杆"));
        assertThatThrownBy(() -> new LevelRules(folder.toString())).hasMessageContaining("Two rows for jiangsu");
        assertThatThrownBy(() -> new LevelRules(folder.resolve("missing").toString())).hasMessageContaining("which is not a folder");
    }

    @Test
    void reads_the_shipped_files_alone_when_no_folder_is_configured() {
        List<Resource> provinces = DirectoryFiles.find(RecommendingUnitDirectory.PROVINCE_FILES, "");
        assertThat(provinces).extracting(Resource::getFilename).containsExactly("jiangsu.csv", "shandong.csv");
        assertThat(new FileSystemResource("src/main/resources/directory/level-rules.csv").exists()).isTrue();
    }
}
