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
import java.util.Map;
import java.util.stream.Stream;
import org.camunda.bpm.model.bpmn.Bpmn;
import org.camunda.bpm.model.bpmn.instance.Process;
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

    private static final List<HandOff> HAND_OFFS = List.of(
            new HandOff("benchmark-campaign", "benchmark-application", "MaterialReviewOpened（分配资料评审）"),
            new HandOff("benchmark-campaign", "benchmark-group-review", "调用：每个专业组（各专业组资料/答辩评审）"),
            new HandOff("benchmark-group-review", "benchmark-review", "调用：每项分配（专家评审申报）"),
            new HandOff("benchmark-group-review", "benchmark-deliberation", "调用：本组评审完成（专业组合议）"),
            new HandOff("benchmark-application", "benchmark-group-review", "SiteVerificationRecorded（现场核查结果已登记）"),
            new HandOff("benchmark-campaign", "benchmark-application", "SiteVerificationOrdered（安排答辩评审）"),
            new HandOff("benchmark-deliberation", "benchmark-application", "MaterialReviewDecided / DefenseReviewDecided"),
            new HandOff("benchmark-objection", "benchmark-application", "ObjectionUpheld（异议成立）"),
            new HandOff("benchmark-objection", "benchmark-campaign", "ObjectionsSettled（异议全部办结）"),
            new HandOff("benchmark-campaign", "benchmark-application", "LeftOffFinalList / ResultAnnounced"),
            new HandOff("benchmark-campaign", "benchmark-title", "启动：每个称号（发布公告并授予称号）"),
            new HandOff("benchmark-exchange", "benchmark-title", "ExchangeAttended（参加交流活动）"),
            new HandOff("benchmark-revocation", "benchmark-title", "TitleRevoked（撤销称号）"),
            new HandOff("benchmark-nomination", "benchmark-application", "启动：被推荐的省级质量标杆单位申报全国质量标杆"));

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
        int width = 200 + 150 * HAND_OFFS.size();
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
        for (HandOff handOff : HAND_OFFS) {
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

    private static String pascal(String key) {
        StringBuilder pascal = new StringBuilder();
        for (String part : key.split("-")) {
            pascal.append(Character.toUpperCase(part.charAt(0))).append(part.substring(1));
        }
        return pascal.toString();
    }
}
