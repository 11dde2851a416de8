package org.partnershiphub.newsletter.internal;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Text as people type it into a newsletter: paragraphs split on blank lines, and every https or http address turned
 * into a link. Nothing else is markup: the parts are shown escaped, and a link's address is only ever an http(s) URL.
 */
public final class Linkified {

    /** A run of text, or a link (its text is the address itself). */
    public record Part(String text, String href) {

        public boolean link() {
            return href != null;
        }
    }

    private static final Pattern URL = Pattern.compile("https?://[^\\s<>\"']+", Pattern.CASE_INSENSITIVE);

    private Linkified() {
    }

    public static List<List<Part>> paragraphs(String text) {
        List<List<Part>> paragraphs = new ArrayList<>();
        if (text == null || text.isBlank()) {
            return paragraphs;
        }
        for (String paragraph : text.replace("\r\n", "\n").split("\n\\s*\n")) {
            String p = paragraph.strip();
            if (!p.isEmpty()) {
                paragraphs.add(parts(p));
            }
        }
        return paragraphs;
    }

    static List<Part> parts(String paragraph) {
        List<Part> parts = new ArrayList<>();
        Matcher m = URL.matcher(paragraph);
        int at = 0;
        while (m.find()) {
            String url = m.group();
            // a full stop, comma or bracket that ends a sentence is not part of the address
            int end = url.length();
            while (end > 0 && ".,;:!?)".indexOf(url.charAt(end - 1)) >= 0) {
                end--;
            }
            url = url.substring(0, end);
            if (m.start() > at) {
                parts.add(new Part(paragraph.substring(at, m.start()), null));
            }
            parts.add(new Part(url, url));
            at = m.start() + end;
        }
        if (at < paragraph.length()) {
            parts.add(new Part(paragraph.substring(at), null));
        }
        return parts;
    }
}
