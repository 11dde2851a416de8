package org.partnershiphub;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Properties;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;

import org.junit.jupiter.api.Test;

/**
 * Every word a person reads comes from messages.properties: a template holding literal text, or a message key
 * that is not in the bundle, fails here rather than in front of a user.
 */
class TemplateTextTest {

    static final Path TEMPLATES = Path.of("src/main/resources/templates");
    static final Pattern TEXT_NODE = Pattern.compile(">([^<>]*)<");
    static final Pattern LITERAL_ATTRIBUTE = Pattern.compile("\\s(aria-label|alt|title|placeholder)=\"([^\"]*[A-Za-z][^\"]*)\"");
    static final Pattern MESSAGE_KEY = Pattern.compile("#\\{([A-Za-z0-9_.]+)[}(]");

    static List<Path> templates() throws IOException {
        try (Stream<Path> files = Files.walk(TEMPLATES)) {
            return files.filter(p -> p.toString().endsWith(".html")).sorted().toList();
        }
    }

    static String withoutCommentsAndScripts(String html) {
        return html.replaceAll("(?s)<!--.*?-->", "").replaceAll("(?s)<svg.*?</svg>", "<svg></svg>");
    }

    @Test
    void templatesHoldNoLiteralText() throws IOException {
        List<String> problems = new ArrayList<>();
        for (Path template : templates()) {
            String html = withoutCommentsAndScripts(Files.readString(template));
            Matcher text = TEXT_NODE.matcher(html);
            while (text.find()) {
                String content = text.group(1).strip();
                if (content.chars().anyMatch(Character::isLetter)) {
                    problems.add(TEMPLATES.relativize(template) + ": text \"" + content + "\"");
                }
            }
            Matcher attribute = LITERAL_ATTRIBUTE.matcher(html);
            while (attribute.find()) {
                problems.add(TEMPLATES.relativize(template) + ": " + attribute.group(1) + "=\"" + attribute.group(2) + "\"");
            }
        }
        assertThat(problems).isEmpty();
    }

    @Test
    void everyMessageKeyUsedInATemplateExists() throws IOException {
        Properties messages = new Properties();
        try (Stream<Path> bundles = Files.list(Path.of("src/main/resources"))) {
            for (Path bundle : bundles.filter(p -> p.getFileName().toString().matches("messages(-[a-z]+)?\\.properties")).toList()) {
                try (var in = Files.newBufferedReader(bundle)) {
                    messages.load(in);
                }
            }
        }
        List<String> missing = new ArrayList<>();
        for (Path template : templates()) {
            Matcher key = MESSAGE_KEY.matcher(Files.readString(template));
            while (key.find()) {
                if (!messages.containsKey(key.group(1))) {
                    missing.add(TEMPLATES.relativize(template) + ": " + key.group(1));
                }
            }
        }
        assertThat(missing).isEmpty();
    }
}
