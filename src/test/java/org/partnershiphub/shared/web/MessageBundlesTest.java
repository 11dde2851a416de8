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

    /** A count followed by a plural word, once the message is formatted with every argument 1: "There are 1 problems". */
    private static final Pattern ONE_WITH_A_PLURAL = Pattern.compile("\\b1 (?:more |of 1 )?([a-z]+s)\\b");
    /** Words ending in s that are not plural nouns, as they follow a number in our messages ("{0} has been ..."). */
    private static final java.util.Set<String> NOT_PLURALS = java.util.Set.of("is", "was", "has", "as", "does", "uses", "its", "this", "his");
    /** The first limit of a choice: {0,choice,1#...} starts at 1, so a count of 0 would read "1 ...". */
    private static final Pattern CHOICE_START = Pattern.compile("\\{\\d+,choice,(-?\\d+(?:\\.\\d+)?)[#<]");

    static Properties load(Resource bundle) throws IOException {
        Properties messages = new Properties();
        try (Reader reader = new InputStreamReader(bundle.getInputStream(), StandardCharsets.UTF_8)) {
            messages.load(reader);
        }
        return messages;
    }

    /** Messages that print a count with a fixed plural ("1 problems") or whose choice forgets 0, as "bundle: key=message". */
    static List<String> pluralFaults(String bundle, Properties messages) {
        List<String> faults = new ArrayList<>();
        for (String key : messages.stringPropertyNames()) {
            String message = messages.getProperty(key);
            if (!ARGUMENT.matcher(message).find()) {
                continue;
            }
            Object[] ones = new Object[10];
            java.util.Arrays.fill(ones, 1);
            String formatted = new java.text.MessageFormat(message, java.util.Locale.UK).format(ones);
            var plural = ONE_WITH_A_PLURAL.matcher(formatted);
            while (plural.find()) {
                if (!NOT_PLURALS.contains(plural.group(1))) {
                    faults.add(bundle + ": " + key + " reads \"" + plural.group() + "\"");
                }
            }
            var choice = CHOICE_START.matcher(message);
            while (choice.find()) {
                if (Double.parseDouble(choice.group(1)) > 0) {
                    faults.add(bundle + ": " + key + " has a choice that does not start at 0");
                }
            }
        }
        return faults;
    }

    @Test
    void thePluralCheckFindsAFixedPluralAndAcceptsAChoice() {
        Properties messages = new Properties();
        messages.setProperty("broken", "There are {0} problems in the spreadsheet");
        messages.setProperty("places", "{0} of {1} places taken");
        messages.setProperty("noZero", "{0,choice,1#1 problem|1<{0} problems}");
        messages.setProperty("verb", "Disagreement {0} has reached {1}");
        messages.setProperty("fixed", "{0,choice,0#There are no problems|1#There is 1 problem|1<There are {0} problems}");
        assertThat(pluralFaults("test", messages)).containsExactlyInAnyOrder(
                "test: broken reads \"1 problems\"", "test: places reads \"1 of 1 places\"",
                "test: noZero has a choice that does not start at 0");
        assertThat(new java.text.MessageFormat(messages.getProperty("fixed")).format(new Object[] {1})).isEqualTo("There is 1 problem");
        assertThat(new java.text.MessageFormat(messages.getProperty("fixed")).format(new Object[] {0})).isEqualTo("There are no problems");
        assertThat(new java.text.MessageFormat(messages.getProperty("fixed")).format(new Object[] {3})).isEqualTo("There are 3 problems");
    }

    @Test
    void everyCountInEveryBundleHasItsPlural() throws IOException {
        List<String> faults = new ArrayList<>();
        for (Resource bundle : bundles()) {
            faults.addAll(pluralFaults(bundle.getFilename(), load(bundle)));
        }
        assertThat(faults).as("counts with a fixed plural: use {0,choice,0#...|1#1 thing|1<{0} things}").isEmpty();
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
