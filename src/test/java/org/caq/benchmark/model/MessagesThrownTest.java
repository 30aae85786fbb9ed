package org.caq.benchmark.model;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.stream.Stream;
import org.camunda.bpm.model.bpmn.Bpmn;
import org.camunda.bpm.model.bpmn.BpmnModelInstance;
import org.camunda.bpm.model.bpmn.instance.CatchEvent;
import org.camunda.bpm.model.bpmn.instance.EndEvent;
import org.camunda.bpm.model.bpmn.instance.Event;
import org.camunda.bpm.model.bpmn.instance.IntermediateThrowEvent;
import org.camunda.bpm.model.bpmn.instance.MessageEventDefinition;
import org.camunda.bpm.model.bpmn.instance.Process;
import org.junit.jupiter.api.Test;

/**
 * Every message one process sends another is thrown by an element an auditor sees in the sender's diagram, named
 * after the event that catches it: no case moves on, and no case starts, because of a message sent from a Java call
 * nobody can see in the diagrams or in Cockpit. Message start events count as catches: a process another one starts
 * (a title's management case, the nominated holder's application, decision 0083) shows who starts it. (A delegate of an earlier version still sends for a case left on that version: see
 * procedure.ModelMessages.)
 */
class MessagesThrownTest {

    /** Sent by an administrator's API call, not by a process: there is no sender diagram to draw it in. */
    private static final Set<String> FROM_OUTSIDE = Set.of(CampaignProcess.CALENDAR_YEAR_ADDED);
    @Test
    void every_caught_message_is_thrown_by_a_visible_element_named_after_its_catch_event() throws IOException {
        Map<String, Set<String>> catchers = new TreeMap<>();
        Map<String, Set<String>> throwers = new TreeMap<>();
        for (BpmnModelInstance model : models()) {
            for (Event event : model.getModelElementsByType(Event.class)) {
                for (MessageEventDefinition definition : event.getChildElementsByType(MessageEventDefinition.class)) {
                    String message = definition.getMessage() == null ? null : definition.getMessage().getName();
                    if (message == null) {
                        continue;
                    }
                    if (event instanceof CatchEvent) {
                        catchers.computeIfAbsent(message, m -> new TreeSet<>()).add(event.getName());
                    } else if (event instanceof IntermediateThrowEvent || event instanceof EndEvent) {
                        throwers.computeIfAbsent(message, m -> new TreeSet<>()).add(event.getName());
                    }
                }
            }
        }
        List<String> unthrown = new ArrayList<>();
        catchers.forEach((message, names) -> {
            if (FROM_OUTSIDE.contains(message)) {
                return;
            }
            Set<String> thrown = throwers.getOrDefault(message, Set.of());
            if (thrown.isEmpty()) {
                unthrown.add(message + ": caught by " + names + ", thrown by no element");
            } else {
                thrown.stream().filter(t -> t == null || names.stream().noneMatch(t::contains))
                        .forEach(t -> unthrown.add(message + ": thrown as " + t + ", not named after its catch event " + names));
            }
        });
        assertThat(unthrown).isEmpty();
    }

    @Test
    void the_two_starts_made_from_java_before_are_message_start_events_thrown_by_their_senders() throws IOException {
        Map<String, String> startedBy = new TreeMap<>();
        for (BpmnModelInstance model : models()) {
            for (Event event : model.getModelElementsByType(Event.class)) {
                for (MessageEventDefinition definition : event.getChildElementsByType(MessageEventDefinition.class)) {
                    if ((event instanceof IntermediateThrowEvent || event instanceof EndEvent) && definition.getMessage() != null) {
                        startedBy.put(definition.getMessage().getName(),
                                model.getModelElementsByType(Process.class).iterator().next().getId() + "/" + event.getId());
                    }
                }
            }
        }
        assertThat(startedBy).containsEntry(TitleProcess.TITLE_AWARDED, "benchmark-campaign/" + CampaignProcess.EVENT_SEND_TITLE_AWARDED)
                .containsEntry(ApplicationProcess.APPLIED_FROM_NOMINATION, "benchmark-nomination/EndEvent_AppliedFromNomination");
    }

    private static List<BpmnModelInstance> models() throws IOException {
        try (Stream<Path> files = Files.list(Path.of("processes"))) {
            return files.filter(f -> f.toString().endsWith(".bpmn")).sorted().map(f -> Bpmn.readModelFromFile(f.toFile())).toList();
        }
    }
}
