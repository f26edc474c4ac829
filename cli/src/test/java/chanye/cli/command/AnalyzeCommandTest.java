package chanye.cli.command;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import chanye.cli.CliRun;
import chanye.cli.Json;
import com.fasterxml.jackson.databind.JsonNode;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** {@code chanye analyze}: why a text was tagged, for people and for scripts. */
class AnalyzeCommandTest {

    private static final String BRIEF = "哈密一座20万千瓦光伏电站全容量并网，年发电量约3.6亿千瓦时。";

    @TempDir
    Path dir;

    private CliRun analyze(String... args) {
        List<String> all = new ArrayList<>(List.of("--data", dir.toString(), "analyze"));
        all.addAll(List.of(args));
        return CliRun.of(all.toArray(String[]::new));
    }

    @Test
    void explainsABriefForPeople() {
        CliRun run = analyze(BRIEF);
        assertEquals(0, run.exitCode(), run.err());
        assertTrue(run.out().contains("a brief"), run.out());
        assertTrue(run.out().contains("【光伏电站】"), run.out());
        assertTrue(run.out().matches("(?s).*光伏电站 +new-energy +strong +\\+4\\.50 +counted.*"), run.out());
        assertTrue(run.out().matches("(?s).*new-energy +新能源新材料 +6\\.00 / +3\\.00 +assigned: a brief.*"),
                run.out());
        assertTrue(run.out().contains("tags: new-energy 6.00 (光伏电站 并网)"), run.out());
    }

    @Test
    void explainsForScriptsWithTheSameTagsAsClassify() throws IOException {
        Path file = Files.writeString(dir.resolve("brief.txt"), BRIEF, StandardCharsets.UTF_8);
        JsonNode analysis = Json.mapper().readTree(analyze(file.toString(), "--json").out());
        assertEquals("brief", analysis.get("kind").asText());
        assertEquals("xinjiang-8", analysis.get("taxonomy").asText());
        JsonNode hit = analysis.get("hits").get(0);
        assertEquals("光伏电站", hit.get("term").asText());
        assertEquals("counted", hit.get("status").asText());
        assertEquals(4.5, hit.get("weight").asDouble());
        assertTrue(hit.get("strong").asBoolean());
        JsonNode sentence = analysis.get("sentences").get(hit.get("sentence").asInt());
        assertEquals(BRIEF, sentence.get("text").asText());
        assertTrue(sentence.get("content").asBoolean());
        boolean marked = false;
        for (JsonNode word : analysis.get("words").get("body")) {
            marked |= word.get("text").asText().equals("光伏电站") && word.get("term").asBoolean();
        }
        assertTrue(marked, analysis.get("words").toString());
        JsonNode newEnergy = analysis.get("clusters").get(7);
        assertEquals("new-energy", newEnergy.get("id").asText());
        assertTrue(newEnergy.get("assigned").asBoolean());
        assertEquals(3.0, newEnergy.get("threshold").asDouble());
        JsonNode classified = Json.mapper().readTree(CliRun.of("--data", dir.toString(), "classify", file.toString(),
                "--json").out());
        assertEquals(classified.get("clusters"), analysis.get("tags"));
    }

    @Test
    void showsWhatASenseRuleDecidedAndWhyNothingWasTagged() throws IOException {
        JsonNode analysis = Json.mapper().readTree(analyze("赛里木湖的风光吸引游客纷纷拍照留念。", "--json").out());
        assertEquals(0, analysis.get("tags").size());
        JsonNode hit = analysis.get("hits").get(0);
        assertEquals("风光", hit.get("term").asText());
        assertEquals("no-context", hit.get("status").asText());
        assertTrue(hit.get("note").asText().contains("发电"), hit.toString());
        CliRun human = analyze("--title", "班里的“开心果”", "小丽是我们班公认的开心果。");
        assertTrue(human.out().contains("sense rule: vetoed by a word in its sentence (公认)"), human.out());
        assertTrue(human.out().contains("tags: none"), human.out());
    }

    @Test
    void readsAGbkFileAndStdin() throws IOException {
        Path gbk = dir.resolve("gbk.txt");
        Files.write(gbk, BRIEF.getBytes(Charset.forName("GBK")));
        assertTrue(analyze(gbk.toString()).out().contains("tags: new-energy"));
        InputStream stdin = System.in;
        try {
            System.setIn(new ByteArrayInputStream(BRIEF.getBytes(StandardCharsets.UTF_8)));
            CliRun run = analyze("-");
            assertEquals(0, run.exitCode(), run.err());
            assertTrue(run.out().contains("tags: new-energy"), run.out());
        } finally {
            System.setIn(stdin);
        }
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', textBlock = """
        empty file          | empty.txt   | empty input, nothing to analyze
        blank file          | blank.txt   | empty input, nothing to analyze
        binary file         | binary.bin  | binary input (binary data), not text
        png image           | image.png   | binary input (PNG image), not text
        missing file        | missing.txt | no such file
        """)
    void emptyBinaryOrMissingInputIsOneLineAndExit2(String what, String name, String message) throws IOException {
        Files.write(dir.resolve("empty.txt"), new byte[0]);
        Files.writeString(dir.resolve("blank.txt"), " \n\t\n");
        byte[] binary = new byte[2048];
        for (int i = 0; i < binary.length; i++) {
            binary[i] = (byte) (i % 7 == 0 ? 0 : i);
        }
        Files.write(dir.resolve("binary.bin"), binary);
        Files.write(dir.resolve("image.png"), new byte[] {(byte) 0x89, 'P', 'N', 'G', '\r', '\n', 0x1a, '\n', 0, 0});
        String path = dir.resolve(name).toString();
        CliRun run = analyze(path);
        assertEquals(2, run.exitCode(), what);
        assertEquals("chanye: " + path + ": " + message, run.err().strip(), what);
        assertFalse(run.err().contains("\tat "), run.err());
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', textBlock = """
        empty text    | ''
        blank text    | '  '
        """)
    void anEmptyTextArgumentIsEmptyInputNotADirectory(String what, String text) {
        CliRun run = analyze(text);
        assertEquals(2, run.exitCode(), what);
        assertEquals("chanye: the text given: empty input, nothing to analyze", run.err().strip(), what);
    }
}
