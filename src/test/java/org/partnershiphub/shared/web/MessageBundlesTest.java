package org.partnershiphub.shared.web;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.InputStreamReader;
import java.io.Reader;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Properties;
import java.util.regex.Pattern;

import org.junit.jupiter.api.Test;
import org.springframework.core.io.Resource;
import org.springframework.core.io.support.PathMatchingResourcePatternResolver;

/**
 * Every message bundle, every message: a message with a MessageFormat argument ({0}) is formatted by MessageFormat,
 * where a single apostrophe starts a quoted section: "the local authority's decision ... by {0}" loses the apostrophe
 * and prints "{0}" instead of the date. Such a message must write the apostrophe as '' (or use a typographic ’).
 */
class MessageBundlesTest {

    /** An argument MessageFormat would fill: {0}, {1,number}, {0,choice,...}. */
    private static final Pattern ARGUMENT = Pattern.compile("\\{\\d+[,}]");
    /** A single apostrophe: not one of a doubled pair. */
    private static final Pattern SINGLE_APOSTROPHE = Pattern.compile("(?<!')'(?!')");

    static List<Resource> bundles() throws IOException {
        Resource[] found = new PathMatchingResourcePatternResolver().getResources("classpath*:messages*.properties");
        return List.of(found);
    }

    /** The faults in one bundle's messages, as "bundle: key=message". */
    static List<String> apostropheFaults(String bundle, Properties messages) {
        List<String> faults = new ArrayList<>();
        for (String key : messages.stringPropertyNames()) {
            String message = messages.getProperty(key);
            if (ARGUMENT.matcher(message).find() && SINGLE_APOSTROPHE.matcher(message).find()) {
                faults.add(bundle + ": " + key + "=" + message);
            }
        }
        return faults;
    }

    @Test
    void everyBundleIsChecked() throws IOException {
        assertThat(bundles()).extracting(Resource::getFilename).contains("messages.properties")
                .allSatisfy(name -> assertThat(name).endsWith(".properties"));
    }

    @Test
    void theCheckFindsTheFaultAndAcceptsTheFix() {
        Properties broken = new Properties();
        broken.setProperty("referred.next", "The business unit will record the local authority's decision. Due by {0}.");
        broken.setProperty("plain", "No argument, so the authority's apostrophe stays");
        broken.setProperty("fixed", "The local authority''s decision is due by {0}.");
        broken.setProperty("typographic", "The local authority\u2019s decision is due by {0}.");
        assertThat(apostropheFaults("test", broken)).containsExactly("test: referred.next=" + broken.getProperty("referred.next"));
        assertThat(new java.text.MessageFormat(broken.getProperty("referred.next")).format(new Object[] {"Tuesday"}))
                .as("what the fault does").doesNotContain("Tuesday").doesNotContain("authority's");
        assertThat(new java.text.MessageFormat(broken.getProperty("fixed")).format(new Object[] {"Tuesday"}))
                .isEqualTo("The local authority's decision is due by Tuesday.");
    }

    @Test
    void noMessageWithAnArgumentHasASingleApostrophe() throws IOException {
        List<String> faults = new ArrayList<>();
        for (Resource bundle : bundles()) {
            Properties messages = new Properties();
            try (Reader reader = new InputStreamReader(bundle.getInputStream(), StandardCharsets.UTF_8)) {
                messages.load(reader);
            }
            faults.addAll(apostropheFaults(bundle.getFilename(), messages));
        }
        assertThat(faults).as("messages with an argument and a single apostrophe (write it as '')").isEmpty();
    }
}
