package org.caq.benchmark.procedure;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.lang.reflect.Field;
import java.lang.reflect.Modifier;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.camunda.bpm.model.bpmn.Bpmn;
import org.camunda.bpm.model.bpmn.BpmnModelInstance;
import org.camunda.bpm.model.bpmn.instance.ExclusiveGateway;
import org.camunda.bpm.model.bpmn.instance.SequenceFlow;
import org.caq.benchmark.model.AnnouncementProcess;
import org.caq.benchmark.model.ApplicationProcess;
import org.caq.benchmark.model.CampaignProcess;
import org.caq.benchmark.model.PublicityProcess;
import org.caq.benchmark.model.ReviewProcess;
import org.caq.benchmark.model.TitleProcess;
import org.caq.benchmark.review.ReviewStage;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * The three places a choice is spelt agree: the values a Camunda Form offers, the literals a model's condition compares
 * with, and the constants the Java code reads. A value renamed in one place only would send a case down the default
 * flow without anyone noticing; this test names the value, the file and the element instead.
 */
class FormContractTest {

    private static final Pattern COMPARISON = Pattern.compile("\\$\\{\\s*(\\w+)\\s*==\\s*'([^']*)'\\s*}");
    private static final Pattern STAGE_ARGUMENT = Pattern.compile("hasReviews\\(execution,\\s*'([^']*)'\\)");
    private static final List<Class<?>> PROCESSES = List.of(ApplicationProcess.class, CampaignProcess.class, ReviewProcess.class,
            PublicityProcess.class, AnnouncementProcess.class, TitleProcess.class);

    /** Each choice field of every form: its key and the values it offers, with the file it is in. */
    private static final Map<String, Set<String>> OFFERED = new HashMap<>();
    private static final Map<String, String> OFFERED_IN = new HashMap<>();
    /** Each comparison in a condition: the variable, the literal, where. */
    private static final List<String[]> COMPARED = new ArrayList<>();
    private static final List<String[]> STAGES = new ArrayList<>();

    record Gateway(String file, String id, boolean hasDefault, String variable, Set<String> literals) {
    }

    private static final List<Gateway> GATEWAYS = new ArrayList<>();

    @BeforeAll
    static void read() throws IOException {
        ObjectMapper json = new ObjectMapper();
        try (Stream<Path> forms = Files.list(Path.of("forms"))) {
            for (Path form : forms.filter(p -> p.toString().endsWith(".form")).sorted().toList()) {
                collect(json.readTree(form.toFile()).path("components"), form.getFileName().toString());
            }
        }
        try (Stream<Path> models = Files.list(Path.of("processes"))) {
            for (Path file : models.filter(p -> p.toString().endsWith(".bpmn")).sorted().toList()) {
                BpmnModelInstance model = Bpmn.readModelFromFile(file.toFile());
                for (SequenceFlow flow : model.getModelElementsByType(SequenceFlow.class)) {
                    if (flow.getConditionExpression() == null) {
                        continue;
                    }
                    String condition = flow.getConditionExpression().getTextContent().strip();
                    Matcher comparison = COMPARISON.matcher(condition);
                    if (comparison.matches()) {
                        COMPARED.add(new String[] {comparison.group(1), comparison.group(2), file.getFileName() + " " + flow.getId()});
                    }
                    Matcher stage = STAGE_ARGUMENT.matcher(condition);
                    while (stage.find()) {
                        STAGES.add(new String[] {stage.group(1), file.getFileName() + " " + flow.getId()});
                    }
                }
                for (ExclusiveGateway gateway : model.getModelElementsByType(ExclusiveGateway.class)) {
                    Set<String> variables = new TreeSet<>();
                    Set<String> literals = new LinkedHashSet<>();
                    for (SequenceFlow out : gateway.getOutgoing()) {
                        if (out.getConditionExpression() != null) {
                            Matcher comparison = COMPARISON.matcher(out.getConditionExpression().getTextContent().strip());
                            if (comparison.matches()) {
                                variables.add(comparison.group(1));
                                literals.add(comparison.group(2));
                            }
                        }
                    }
                    if (variables.size() == 1) {
                        GATEWAYS.add(new Gateway(file.getFileName().toString(), gateway.getId(), gateway.getDefault() != null,
                                variables.iterator().next(), literals));
                    }
                }
            }
        }
    }

    private static void collect(JsonNode components, String file) {
        for (JsonNode component : components) {
            if (component.hasNonNull("key") && component.path("values").isArray() && !component.path("values").isEmpty()) {
                Set<String> values = new LinkedHashSet<>();
                component.path("values").forEach(value -> values.add(value.path("value").asText()));
                String key = component.get("key").asText();
                OFFERED.computeIfAbsent(key, k -> new LinkedHashSet<>()).addAll(values);
                OFFERED_IN.merge(key, file, (a, b) -> a + ", " + b);
            }
            collect(component.path("components"), file);
        }
    }

    @Test
    void reads_the_models_and_forms_it_checks() {
        assertThat(COMPARED).as("comparisons found in the models").hasSizeGreaterThanOrEqualTo(4);
        assertThat(OFFERED).containsKeys(ApplicationProcess.RECOMMENDATION_DECISION, ApplicationProcess.FORM_REVIEW_DECISION);
    }

    @Test
    void compares_each_choice_only_with_a_value_its_form_offers() {
        List<String> wrong = new ArrayList<>();
        for (String[] comparison : COMPARED) {
            Set<String> offered = OFFERED.get(comparison[0]);
            if (offered == null) {
                wrong.add(comparison[2] + ": " + comparison[0] + " is no choice of any form");
            } else if (!offered.contains(comparison[1])) {
                wrong.add(comparison[2] + ": '" + comparison[1] + "' is not among " + offered + " offered for " + comparison[0]
                        + " in " + OFFERED_IN.get(comparison[0]));
            }
        }
        assertThat(wrong).isEmpty();
    }

    @Test
    void spells_each_compared_value_and_variable_as_a_constant_of_the_java_code() {
        Set<String> constants = constants();
        List<String> missing = new ArrayList<>();
        for (String[] comparison : COMPARED) {
            if (!constants.contains(comparison[0])) {
                missing.add(comparison[2] + ": variable " + comparison[0]);
            }
            if (!constants.contains(comparison[1])) {
                missing.add(comparison[2] + ": value '" + comparison[1] + "'");
            }
        }
        assertThat(missing).as("spelt in a model but in no *Process constant").isEmpty();
    }

    @Test
    void sends_every_offered_value_a_gateway_does_not_name_down_its_default_flow() {
        List<String> stranded = new ArrayList<>();
        for (Gateway gateway : GATEWAYS) {
            Set<String> unnamed = new LinkedHashSet<>(OFFERED.getOrDefault(gateway.variable(), Set.of()));
            unnamed.removeAll(gateway.literals());
            if (!unnamed.isEmpty() && !gateway.hasDefault()) {
                stranded.add(gateway.file() + " " + gateway.id() + ": " + unnamed + " of " + gateway.variable() + " lead nowhere");
            }
        }
        assertThat(GATEWAYS).as("gateways deciding on a form's choice").isNotEmpty();
        assertThat(stranded).isEmpty();
    }

    @Test
    void names_only_review_stages_the_code_knows() {
        assertThat(STAGES).isNotEmpty();
        Set<String> known = new TreeSet<>();
        for (ReviewStage stage : ReviewStage.values()) {
            known.add(stage.name());
        }
        assertThat(STAGES).allSatisfy(stage -> assertThat(known).as(stage[1]).contains(stage[0]));
    }

    private static Set<String> constants() {
        Set<String> values = new TreeSet<>();
        for (Class<?> type : PROCESSES) {
            for (Field field : type.getDeclaredFields()) {
                int modifiers = field.getModifiers();
                if (Modifier.isStatic(modifiers) && Modifier.isFinal(modifiers) && field.getType() == String.class) {
                    try {
                        field.setAccessible(true);
                        values.add((String) field.get(null));
                    } catch (IllegalAccessException e) {
                        throw new IllegalStateException(e);
                    }
                }
            }
        }
        return values;
    }
}
