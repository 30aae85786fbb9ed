package org.caq.benchmark.procedure;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.LinkedHashSet;
import java.util.Map;
import java.util.Set;
import java.util.stream.Stream;
import org.camunda.bpm.model.bpmn.Bpmn;
import org.camunda.bpm.model.bpmn.BpmnModelInstance;
import org.camunda.bpm.model.bpmn.instance.CallActivity;
import org.camunda.bpm.model.bpmn.instance.CatchEvent;
import org.camunda.bpm.model.bpmn.instance.MessageEventDefinition;
import org.camunda.bpm.model.bpmn.instance.Process;
import org.camunda.bpm.model.bpmn.instance.ReceiveTask;
import org.camunda.bpm.model.bpmn.instance.ThrowEvent;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.chrome.ChromeDriverService;
import org.openqa.selenium.chrome.ChromeOptions;

/**
 * Draws docs/processes/: an SVG of each model in processes/ and the landscape (a collaboration of the processes and
 * what passes between them), with bpmn-js, the renderer of Camunda Modeler and Cockpit, in Debian's headless chromium.
 * Run by {@code mvn -Pprocess-images test-compile exec:exec} (README); bpmn-js comes from its WebJar (decision 0061).
 */
public final class ProcessImages {

    private static final Path MODELS = Path.of("processes");
    private static final Path IMAGES = Path.of("docs", "processes");
    private static final String VIEWER = "META-INF/resources/webjars/bpmn-js/" + System.getProperty("bpmnjs.version", "8.0.0")
            + "/dist/bpmn-viewer.production.min.js";

    /** Who hands what to whom across processes: sender, receiver, the message (or the start) as the reader sees it. */
    private record HandOff(String from, String to, String label) {
    }

    private static final List<String> ORDER = List.of("benchmark-revocation", "benchmark-exchange", "benchmark-title",
            "benchmark-campaign", "benchmark-nomination", "benchmark-application", "benchmark-objection", "benchmark-group-review", "benchmark-deliberation", "benchmark-review");

    private ProcessImages() {
    }

    public static void main(String[] args) throws Exception {
        Map<String, String> models = new LinkedHashMap<>();
        try (Stream<Path> files = Files.list(MODELS)) {
            for (Path file : files.filter(path -> path.toString().endsWith(".bpmn")).sorted().toList()) {
                models.put(file.getFileName().toString().replace(".bpmn", ""), Files.readString(file));
            }
        }
        Files.createDirectories(IMAGES);
        Files.writeString(IMAGES.resolve("landscape.bpmn"), landscape(models));
        models.put("landscape", Files.readString(IMAGES.resolve("landscape.bpmn")));
        Path page = Files.createTempFile("bpmn-viewer", ".html");
        Files.writeString(page, "<!DOCTYPE html><html><head><meta charset=\"utf-8\"><script>" + viewer()
                + "</script></head><body><div id=\"canvas\" style=\"width:1600px;height:900px\"></div></body></html>");
        ChromeDriver browser = browser();
        try {
            browser.get(page.toUri().toString());
            for (Map.Entry<String, String> model : models.entrySet()) {
                Object svg = browser.executeAsyncScript("""
                        const done = arguments[arguments.length - 1];
                        const canvas = document.getElementById('canvas');
                        canvas.innerHTML = '';
                        const viewer = new BpmnJS({ container: canvas });
                        viewer.importXML(arguments[0])
                            .then(() => viewer.saveSVG())
                            .then(result => { viewer.destroy(); done(result.svg); })
                            .catch(error => done('ERROR ' + error.message));""", model.getValue());
                if (!(svg instanceof String text) || text.startsWith("ERROR")) {
                    throw new IllegalStateException(model.getKey() + ": bpmn-js could not draw it: " + svg);
                }
                Files.writeString(IMAGES.resolve(model.getKey() + ".svg"), text);
                System.out.println("drew " + IMAGES.resolve(model.getKey() + ".svg"));
            }
        } finally {
            browser.quit();
            Files.deleteIfExists(page);
        }
    }

    private static String viewer() throws IOException {
        try (InputStream script = ProcessImages.class.getClassLoader().getResourceAsStream(VIEWER)) {
            if (script == null) {
                throw new IllegalStateException(VIEWER + " is not on the test classpath (the bpmn-js WebJar)");
            }
            return new String(script.readAllBytes(), StandardCharsets.UTF_8);
        }
    }

    private static ChromeDriver browser() {
        ChromeOptions options = new ChromeOptions().setBinary(System.getProperty("benchmark.chromium", "/usr/bin/chromium"))
                .addArguments("--headless", "--no-sandbox", "--disable-gpu", "--no-first-run", "--disable-background-networking",
                        "--disable-component-update", "--disable-sync", "--allow-file-access-from-files",
                        "--user-data-dir=" + System.getProperty("java.io.tmpdir") + "/process-images-" + ProcessHandle.current().pid());
        ChromeDriverService service = new ChromeDriverService.Builder().usingDriverExecutable(
                Path.of(System.getProperty("benchmark.chromedriver", "/usr/bin/chromedriver")).toFile()).build();
        ChromeDriver driver = new ChromeDriver(service, options);
        driver.manage().timeouts().scriptTimeout(Duration.ofSeconds(60));
        return driver;
    }

    /**
     * A collaboration with one black-box pool per process (named as the process) and a message flow for each hand-off,
     * each at its own x so that none runs along another.
     */
    static String landscape(Map<String, String> models) {
        List<HandOff> handOffs = handOffs(models);
        int width = 200 + 150 * handOffs.size();
        int height = 70;
        int gap = 70;
        StringBuilder semantic = new StringBuilder();
        StringBuilder diagram = new StringBuilder();
        Map<String, Integer> top = new LinkedHashMap<>();
        List<String> keys = new ArrayList<>(ORDER.stream().filter(models::containsKey).toList());
        models.keySet().stream().filter(key -> !keys.contains(key)).forEach(keys::add);
        for (String key : keys) {
            Process process = Bpmn.readModelFromStream(new java.io.ByteArrayInputStream(
                    models.get(key).getBytes(StandardCharsets.UTF_8))).getModelElementById(key);
            String name = (process == null ? key : process.getName()) + "（" + key + "）";
            int y = 40 + top.size() * (height + gap);
            top.put(key, y);
            semantic.append("    <bpmn:participant id=\"Participant_").append(pascal(key)).append("\" name=\"").append(name)
                    .append("\" />\n");
            diagram.append("      <bpmndi:BPMNShape id=\"Participant_").append(pascal(key)).append("_di\" bpmnElement=\"Participant_")
                    .append(pascal(key)).append("\" isHorizontal=\"true\"><dc:Bounds x=\"40\" y=\"").append(y)
                    .append("\" width=\"").append(width).append("\" height=\"").append(height).append("\" /></bpmndi:BPMNShape>\n");
        }
        int i = 0;
        for (HandOff handOff : handOffs) {
            if (!top.containsKey(handOff.from()) || !top.containsKey(handOff.to())) {
                continue;
            }
            String id = "MessageFlow_" + (++i);
            boolean down = top.get(handOff.from()) < top.get(handOff.to());
            int x = 200 + 150 * (i - 1);
            int from = top.get(handOff.from()) + (down ? height : 0);
            int to = top.get(handOff.to()) + (down ? 0 : height);
            semantic.append("    <bpmn:messageFlow id=\"").append(id).append("\" name=\"").append(handOff.label())
                    .append("\" sourceRef=\"Participant_").append(pascal(handOff.from())).append("\" targetRef=\"Participant_")
                    .append(pascal(handOff.to())).append("\" />\n");
            int labelY = Math.min(from, to) + 4;
            diagram.append("      <bpmndi:BPMNEdge id=\"").append(id).append("_di\" bpmnElement=\"").append(id).append("\">")
                    .append("<di:waypoint x=\"").append(x).append("\" y=\"").append(from).append("\" />")
                    .append("<di:waypoint x=\"").append(x).append("\" y=\"").append(to).append("\" />")
                    .append("<bpmndi:BPMNLabel><dc:Bounds x=\"").append(x + 4).append("\" y=\"").append(labelY)
                    .append("\" width=\"136\" height=\"56\" /></bpmndi:BPMNLabel></bpmndi:BPMNEdge>\n");
        }
        return """
                <?xml version="1.0" encoding="UTF-8"?>
                <!-- generated by ProcessImages from processes/*.bpmn: do not edit, run the command in the README -->
                <bpmn:definitions xmlns:bpmn="http://www.omg.org/spec/BPMN/20100524/MODEL"
                    xmlns:bpmndi="http://www.omg.org/spec/BPMN/20100524/DI" xmlns:dc="http://www.omg.org/spec/DD/20100524/DC"
                    xmlns:di="http://www.omg.org/spec/DD/20100524/DI" id="Definitions_Landscape"
                    targetNamespace="http://caq.org.cn/benchmark">
                  <bpmn:collaboration id="Collaboration_Landscape" name="质量标杆遴选：流程全景">
                """ + semantic + """
                  </bpmn:collaboration>
                  <bpmndi:BPMNDiagram id="Diagram_Landscape">
                    <bpmndi:BPMNPlane id="Plane_Landscape" bpmnElement="Collaboration_Landscape">
                """ + diagram + """
                    </bpmndi:BPMNPlane>
                  </bpmndi:BPMNDiagram>
                </bpmn:definitions>
                """;
    }

    /**
     * What passes between the processes, read from the models themselves: each message throw event to every process
     * that catches its message or starts with it (labelled with the throw event's name), and each call activity to the
     * process it calls.
     */
    static List<HandOff> handOffs(Map<String, String> models) {
        Map<String, BpmnModelInstance> parsed = new LinkedHashMap<>();
        models.forEach((key, xml) -> parsed.put(key, Bpmn.readModelFromStream(
                new java.io.ByteArrayInputStream(xml.getBytes(StandardCharsets.UTF_8)))));
        Set<HandOff> handOffs = new LinkedHashSet<>();
        parsed.forEach((from, model) -> {
            for (CallActivity call : model.getModelElementsByType(CallActivity.class)) {
                if (parsed.containsKey(call.getCalledElement())) {
                    handOffs.add(new HandOff(from, call.getCalledElement(), "调用：" + call.getName()));
                }
            }
            for (ThrowEvent thrower : model.getModelElementsByType(ThrowEvent.class)) {
                for (MessageEventDefinition sent : thrower.getChildElementsByType(MessageEventDefinition.class)) {
                    parsed.forEach((to, receiver) -> {
                        if (!to.equals(from) && catches(receiver, sent.getMessage().getName())) {
                            handOffs.add(new HandOff(from, to, thrower.getName()));
                        }
                    });
                }
            }
        });
        return List.copyOf(handOffs);
    }

    private static boolean catches(BpmnModelInstance model, String message) {
        for (CatchEvent event : model.getModelElementsByType(CatchEvent.class)) {
            for (MessageEventDefinition caught : event.getChildElementsByType(MessageEventDefinition.class)) {
                if (caught.getMessage() != null && message.equals(caught.getMessage().getName())) {
                    return true;
                }
            }
        }
        return model.getModelElementsByType(ReceiveTask.class).stream()
                .anyMatch(task -> task.getMessage() != null && message.equals(task.getMessage().getName()));
    }

    private static String pascal(String key) {
        StringBuilder pascal = new StringBuilder();
        for (String part : key.split("-")) {
            pascal.append(Character.toUpperCase(part.charAt(0))).append(part.substring(1));
        }
        return pascal.toString();
    }
}
