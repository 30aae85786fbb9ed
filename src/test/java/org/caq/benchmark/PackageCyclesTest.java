package org.caq.benchmark;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;
import static com.tngtech.archunit.library.dependencies.SlicesRuleDefinition.slices;
import static org.assertj.core.api.Assertions.assertThat;

import com.tngtech.archunit.core.domain.JavaClass;
import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import com.tngtech.archunit.library.dependencies.SliceAssignment;
import com.tngtech.archunit.library.dependencies.SliceIdentifier;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/**
 * The packages' dependencies run one way (decision 0081): a stage package may use the ones it builds on, never the
 * other way round; the names the models share with Java ({@code model}) and the root's refusals depend on no stage;
 * the demo data is imported by nothing, so the product runs the same without it. javac inlines constants (a
 * process key, a variable name), so a dependency only on a constant is invisible in the class files: the sources'
 * imports and qualified names are checked for cycles too.
 */
class PackageCyclesTest {

    private static final String BASE = "org.caq.benchmark";
    private static final JavaClasses MAIN = new ClassFileImporter()
            .withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS)
            .importPackages(BASE);

    /** One slice per package right under {@value BASE}; the classes of {@value BASE} itself are the slice "root". */
    private static final SliceAssignment TOP_LEVEL_PACKAGES = new SliceAssignment() {
        @Override
        public SliceIdentifier getIdentifierOf(JavaClass javaClass) {
            String name = javaClass.getPackageName();
            if (name.equals(BASE)) {
                return SliceIdentifier.of("root");
            }
            if (!name.startsWith(BASE + ".")) {
                return SliceIdentifier.ignore();
            }
            String rest = name.substring(BASE.length() + 1);
            int dot = rest.indexOf('.');
            return SliceIdentifier.of(dot < 0 ? rest : rest.substring(0, dot));
        }

        @Override
        public String getDescription() {
            return "the packages under " + BASE + " and its root";
        }
    };

    @Test
    void packages_depend_on_each_other_without_a_cycle() {
        slices().assignedFrom(TOP_LEVEL_PACKAGES).should().beFreeOfCycles().check(MAIN);
    }

    @Test
    void nothing_outside_the_demo_uses_the_demo_data() {
        noClasses().that().resideOutsideOfPackage(BASE + ".demo..")
                .should().dependOnClassesThat().resideInAPackage(BASE + ".demo..")
                .check(MAIN);
    }

    @Test
    void the_names_of_the_models_and_the_root_s_refusals_depend_on_no_stage() {
        noClasses().that().resideInAnyPackage(BASE + ".model..", BASE)
                .should().dependOnClassesThat().resideInAnyPackage(BASE + ".application..", BASE + ".campaign..",
                        BASE + ".recommendation..", BASE + ".formreview..", BASE + ".review..", BASE + ".publicity..",
                        BASE + ".announcement..", BASE + ".title..", BASE + ".identity..", BASE + ".documents..")
                .check(MAIN);
    }

    private static final Pattern REFERENCE = Pattern.compile("\\borg\\.caq\\.benchmark\\.(?:([a-z]\\w*)\\.)?[A-Z]");

    @Test
    void sources_refer_to_each_other_s_packages_without_a_cycle() throws IOException {
        Map<String, Set<String>> uses = new TreeMap<>();
        Path root = Path.of("src/main/java/org/caq/benchmark");
        try (Stream<Path> files = Files.walk(root)) {
            for (Path file : files.filter(f -> f.toString().endsWith(".java")).toList()) {
                Path dir = root.relativize(file.getParent());
                String from = dir.toString().isEmpty() ? "root" : dir.getName(0).toString();
                Matcher m = REFERENCE.matcher(Files.readString(file).replaceFirst("(?m)^package .*$", ""));
                while (m.find()) {
                    String to = m.group(1) == null ? "root" : m.group(1);
                    if (!to.equals(from)) {
                        uses.computeIfAbsent(from, k -> new TreeSet<>()).add(to);
                    }
                }
            }
        }
        List<String> cycles = new ArrayList<>();
        for (String from : uses.keySet()) {
            for (String to : uses.get(from)) {
                if (reaches(uses, to, from, new TreeSet<>())) {
                    cycles.add(from + " -> " + to);
                }
            }
        }
        assertThat(cycles).as("package references that lie on a cycle").isEmpty();
    }

    private static boolean reaches(Map<String, Set<String>> uses, String from, String target, Set<String> seen) {
        if (from.equals(target)) {
            return true;
        }
        if (!seen.add(from)) {
            return false;
        }
        return uses.getOrDefault(from, Set.of()).stream().anyMatch(next -> reaches(uses, next, target, seen));
    }
}
