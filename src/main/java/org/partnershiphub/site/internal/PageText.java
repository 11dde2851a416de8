package org.partnershiphub.site.internal;

import java.net.URI;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Set;

import org.commonmark.ext.autolink.AutolinkExtension;
import org.commonmark.node.BlockQuote;
import org.commonmark.node.BulletList;
import org.commonmark.node.Code;
import org.commonmark.node.FencedCodeBlock;
import org.commonmark.node.HardLineBreak;
import org.commonmark.node.Heading;
import org.commonmark.node.HtmlBlock;
import org.commonmark.node.HtmlInline;
import org.commonmark.node.Image;
import org.commonmark.node.IndentedCodeBlock;
import org.commonmark.node.Link;
import org.commonmark.node.ListItem;
import org.commonmark.node.Node;
import org.commonmark.node.OrderedList;
import org.commonmark.node.Paragraph;
import org.commonmark.node.SoftLineBreak;
import org.commonmark.node.StrongEmphasis;
import org.commonmark.node.Text;
import org.commonmark.node.ThematicBreak;
import org.commonmark.parser.Parser;

/**
 * A page's body as the business unit types it, in the Markdown that GOV.UK's own publishers use: {@code ## Heading},
 * paragraphs, {@code - } and {@code 1. } lists, {@code > } for inset text, {@code **bold**}, {@code [words](address)}
 * links and bare web addresses. It becomes a list of blocks the page template shows escaped, so nothing typed is
 * ever markup: HTML shows as the text it is, a link goes only to an http(s), mailto or same-site address, and
 * images are shown as their words. What the author may want to look at again is flagged, never refused.
 */
public final class PageText {

    public enum Kind { HEADING_L, HEADING_M, HEADING_S, PARAGRAPH, BULLETS, NUMBERS, INSET, BREAK }

    /** A run of words: a link when {@code href} is set, bold when {@code strong}. */
    public record Part(String text, String href, boolean strong) {

        public boolean link() {
            return href != null;
        }
    }

    /** A heading, paragraph or inset as one run of parts; a list as its items. */
    public record Block(Kind kind, List<Part> parts, List<List<Part>> items) {
    }

    /** Something the author may want to look at again, with the words it is about. */
    public record Flag(String messageKey, String words) {
    }

    public record Rendered(List<Block> blocks, List<Flag> flags) {
    }

    private static final Parser PARSER = Parser.builder().extensions(List.of(AutolinkExtension.create())).build();
    private static final Set<String> VAGUE_LINK_WORDS = Set.of("click here", "here", "this link", "read more", "more", "link", "this");

    private PageText() {
    }

    public static Rendered render(String text) {
        List<Block> blocks = new ArrayList<>();
        List<Flag> flags = new ArrayList<>();
        if (text == null || text.isBlank()) {
            return new Rendered(blocks, flags);
        }
        Node document = PARSER.parse(text);
        for (Node node = document.getFirstChild(); node != null; node = node.getNext()) {
            block(node, blocks, flags);
        }
        return new Rendered(List.copyOf(blocks), List.copyOf(flags));
    }

    private static void block(Node node, List<Block> blocks, List<Flag> flags) {
        switch (node) {
            case Heading h -> {
                Kind kind = h.getLevel() <= 2 ? Kind.HEADING_L : h.getLevel() == 3 ? Kind.HEADING_M : Kind.HEADING_S;
                blocks.add(new Block(kind, inline(h, flags), List.of()));
            }
            case Paragraph p -> addParagraph(blocks, inline(p, flags));
            case BulletList list -> blocks.add(new Block(Kind.BULLETS, List.of(), items(list, flags)));
            case OrderedList list -> blocks.add(new Block(Kind.NUMBERS, List.of(), items(list, flags)));
            case BlockQuote quote -> blocks.add(new Block(Kind.INSET, flattened(quote, flags), List.of()));
            case ThematicBreak ignored -> blocks.add(new Block(Kind.BREAK, List.of(), List.of()));
            case FencedCodeBlock code -> addLiteral(blocks, code.getLiteral());
            case IndentedCodeBlock code -> addLiteral(blocks, code.getLiteral());
            case HtmlBlock html -> {
                addLiteral(blocks, html.getLiteral());
                flags.add(new Flag("site.flag.html", shortened(html.getLiteral())));
            }
            default -> {
                // link reference definitions and the like: nothing to show
            }
        }
    }

    private static void addParagraph(List<Block> blocks, List<Part> parts) {
        if (!parts.isEmpty()) {
            blocks.add(new Block(Kind.PARAGRAPH, parts, List.of()));
        }
    }

    private static void addLiteral(List<Block> blocks, String literal) {
        for (String paragraph : literal.strip().split("\n\\s*\n")) {
            if (!paragraph.isBlank()) {
                blocks.add(new Block(Kind.PARAGRAPH, List.of(new Part(paragraph.strip(), null, false)), List.of()));
            }
        }
    }

    private static List<List<Part>> items(Node list, List<Flag> flags) {
        List<List<Part>> items = new ArrayList<>();
        for (Node item = list.getFirstChild(); item != null; item = item.getNext()) {
            if (item instanceof ListItem) {
                List<Part> parts = flattened(item, flags);
                if (!parts.isEmpty()) {
                    items.add(parts);
                }
            }
        }
        return items;
    }

    /** The inline parts of every paragraph (and nested list item) under a node, joined by spaces. */
    private static List<Part> flattened(Node container, List<Flag> flags) {
        List<Part> parts = new ArrayList<>();
        for (Node child = container.getFirstChild(); child != null; child = child.getNext()) {
            List<Part> more = switch (child) {
                case Paragraph p -> inline(p, flags);
                case Heading h -> inline(h, flags);
                case BulletList l -> flatItems(l, flags);
                case OrderedList l -> flatItems(l, flags);
                case BlockQuote q -> flattened(q, flags);
                case FencedCodeBlock c -> List.of(new Part(c.getLiteral().strip(), null, false));
                case IndentedCodeBlock c -> List.of(new Part(c.getLiteral().strip(), null, false));
                case HtmlBlock h -> List.of(new Part(h.getLiteral().strip(), null, false));
                default -> List.of();
            };
            if (!more.isEmpty()) {
                if (!parts.isEmpty()) {
                    parts.add(new Part(" ", null, false));
                }
                parts.addAll(more);
            }
        }
        return parts;
    }

    private static List<Part> flatItems(Node list, List<Flag> flags) {
        List<Part> parts = new ArrayList<>();
        for (List<Part> item : items(list, flags)) {
            if (!parts.isEmpty()) {
                parts.add(new Part("; ", null, false));
            }
            parts.addAll(item);
        }
        return parts;
    }

    private static List<Part> inline(Node container, List<Flag> flags) {
        List<Part> parts = new ArrayList<>();
        inline(container, false, parts, flags);
        return merged(parts);
    }

    private static void inline(Node container, boolean strong, List<Part> parts, List<Flag> flags) {
        for (Node node = container.getFirstChild(); node != null; node = node.getNext()) {
            switch (node) {
                case Text t -> parts.add(new Part(t.getLiteral(), null, strong));
                case Code c -> parts.add(new Part(c.getLiteral(), null, strong));
                case SoftLineBreak ignored -> parts.add(new Part(" ", null, strong));
                case HardLineBreak ignored -> parts.add(new Part(" ", null, strong));
                case HtmlInline html -> {
                    parts.add(new Part(html.getLiteral(), null, strong));
                    flags.add(new Flag("site.flag.html", shortened(html.getLiteral())));
                }
                case StrongEmphasis s -> inline(s, true, parts, flags);
                case Image image -> {
                    String alt = words(image);
                    parts.add(new Part(alt, null, strong));
                    flags.add(new Flag("site.flag.image", shortened(alt.isBlank() ? image.getDestination() : alt)));
                }
                case Link link -> {
                    String words = words(link);
                    String href = safeHref(link.getDestination());
                    if (words.isBlank()) {
                        words = link.getDestination();
                    }
                    if (href == null) {
                        flags.add(new Flag("site.flag.unsafeLink", shortened(link.getDestination())));
                    } else if (VAGUE_LINK_WORDS.contains(words.strip().toLowerCase(Locale.UK))) {
                        flags.add(new Flag("site.flag.vagueLink", words.strip()));
                    }
                    parts.add(new Part(words, href, strong));
                }
                default -> inline(node, strong, parts, flags);
            }
        }
    }

    /** The plain words under a node (a link's or image's text). */
    private static String words(Node container) {
        StringBuilder out = new StringBuilder();
        for (Node node = container.getFirstChild(); node != null; node = node.getNext()) {
            switch (node) {
                case Text t -> out.append(t.getLiteral());
                case Code c -> out.append(c.getLiteral());
                case SoftLineBreak ignored -> out.append(' ');
                case HardLineBreak ignored -> out.append(' ');
                default -> out.append(words(node));
            }
        }
        return out.toString();
    }

    /** Runs of plain text next to each other as one part, so the page is not a scatter of spans. */
    private static List<Part> merged(List<Part> parts) {
        List<Part> out = new ArrayList<>();
        for (Part p : parts) {
            if (!out.isEmpty()) {
                Part last = out.getLast();
                if (!last.link() && !p.link() && last.strong() == p.strong()) {
                    out.set(out.size() - 1, new Part(last.text() + p.text(), null, p.strong()));
                    continue;
                }
            }
            out.add(p);
        }
        if (!out.isEmpty() && !out.getFirst().link() && out.getFirst().text().isBlank()) {
            out.removeFirst();
        }
        return out;
    }

    /** The address a link may go to: an http(s) address with a host, a mailto address, or a path on this site; otherwise none. */
    static String safeHref(String destination) {
        if (destination == null) {
            return null;
        }
        String d = destination.strip();
        if (d.isEmpty() || d.chars().anyMatch(c -> c < 32 || c == '"' || c == '<' || c == '>' || c == '\\')) {
            return null;
        }
        if ((d.startsWith("/") && !d.startsWith("//")) || d.startsWith("#")) {
            return d;
        }
        try {
            URI uri = URI.create(d);
            String scheme = uri.getScheme() == null ? "" : uri.getScheme().toLowerCase(Locale.ROOT);
            if ((scheme.equals("https") || scheme.equals("http")) && uri.getHost() != null) {
                return d;
            }
            if (scheme.equals("mailto") && uri.getSchemeSpecificPart() != null && uri.getSchemeSpecificPart().contains("@")) {
                return d;
            }
        } catch (IllegalArgumentException e) {
            return null;
        }
        return null;
    }

    private static String shortened(String s) {
        String one = s == null ? "" : s.strip().replaceAll("\\s+", " ");
        return one.length() > 80 ? one.substring(0, 79) + "…" : one;
    }
}
