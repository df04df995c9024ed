package notifytck.report;

import java.io.IOException;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import javax.xml.stream.XMLOutputFactory;
import javax.xml.stream.XMLStreamException;
import javax.xml.stream.XMLStreamWriter;
import notifytck.run.Check;
import notifytck.run.RuleStatus;
import notifytck.run.RuleVerdict;
import notifytck.run.Verdict;

/**
 * {@code junit.xml}: one test suite per document, one test case per rule, named by rule ID and
 * title, for CI systems that read JUnit reports. A failure or an unexpected pass is a failure; an
 * expected failure, a rule not applicable, not selected or untestable is skipped with its reason.
 */
public final class JUnitXml {
    private JUnitXml() {}

    public static void write(Verdict v, Path file) throws IOException {
        Map<String, List<RuleVerdict>> byDocument = new LinkedHashMap<>();
        v.documents().forEach(d -> byDocument.put(d.title(), new java.util.ArrayList<>()));
        v.rules().forEach(r -> byDocument.computeIfAbsent(r.rule().document(), k -> new java.util.ArrayList<>()).add(r));
        try (OutputStream out = Files.newOutputStream(file)) {
            XMLStreamWriter x = XMLOutputFactory.newFactory().createXMLStreamWriter(out, "UTF-8");
            x.writeStartDocument("UTF-8", "1.0");
            x.writeCharacters("\n");
            x.writeStartElement("testsuites");
            x.writeAttribute("name", "notify-tck: " + v.implementation().title());
            attributes(x, v.rules());
            x.writeCharacters("\n");
            for (Map.Entry<String, List<RuleVerdict>> d : byDocument.entrySet()) {
                x.writeCharacters("  ");
                x.writeStartElement("testsuite");
                x.writeAttribute("name", clean(d.getKey()));
                attributes(x, d.getValue());
                x.writeAttribute("timestamp", v.started().toString());
                x.writeCharacters("\n");
                for (RuleVerdict r : d.getValue()) {
                    testCase(x, r);
                }
                x.writeCharacters("  ");
                x.writeEndElement();
                x.writeCharacters("\n");
            }
            x.writeEndElement();
            x.writeCharacters("\n");
            x.writeEndDocument();
            x.close();
        } catch (XMLStreamException e) {
            throw new IOException("cannot write " + file + ": " + e.getMessage(), e);
        }
    }

    private static void attributes(XMLStreamWriter x, List<RuleVerdict> rules) throws XMLStreamException {
        x.writeAttribute("tests", String.valueOf(rules.size()));
        x.writeAttribute("failures", String.valueOf(rules.stream().filter(r -> r.status().unexpected()).count()));
        x.writeAttribute("errors", "0");
        x.writeAttribute("skipped", String.valueOf(rules.stream().filter(JUnitXml::skipped).count()));
    }

    private static boolean skipped(RuleVerdict r) {
        return switch (r.status()) {
            case EXPECTED_FAIL, NOT_APPLICABLE, NOT_SELECTED, UNTESTABLE -> true;
            default -> false;
        };
    }

    private static void testCase(XMLStreamWriter x, RuleVerdict r) throws XMLStreamException {
        x.writeCharacters("    ");
        x.writeStartElement("testcase");
        x.writeAttribute("classname", clean(r.rule().document() + "." + r.rule().section()));
        x.writeAttribute("name", clean(r.rule().id() + ": " + r.rule().title()));
        x.writeAttribute("file", r.rule().file());
        x.writeAttribute("line", String.valueOf(r.rule().line()));
        if (r.status().unexpected()) {
            x.writeStartElement("failure");
            x.writeAttribute("type", r.status().word());
            x.writeAttribute("message", clean(r.firstFailure()));
            x.writeCharacters(clean(r.checks().stream().filter(c -> c.outcome() == Check.Outcome.FAILED)
                    .map(c -> c.location() + " " + c.name() + "\n" + (c.detail().isEmpty() ? c.firstFailure() : c.detail()))
                    .collect(Collectors.joining("\n\n"))));
            x.writeEndElement();
        } else if (skipped(r)) {
            x.writeEmptyElement("skipped");
            x.writeAttribute("message", clean(r.status().word() + reason(r)));
        }
        x.writeStartElement("system-out");
        x.writeCharacters(clean("status: " + r.status().word() + "\n" + r.checks().stream()
                .map(c -> c.outcome().word() + "  " + c.kind() + "  " + c.location() + "  " + c.name()).collect(Collectors.joining("\n"))));
        x.writeEndElement();
        x.writeEndElement();
        x.writeCharacters("\n");
    }

    private static String reason(RuleVerdict r) {
        if (r.status() == RuleStatus.EXPECTED_FAIL) {
            return ": " + r.expectedFailure().map(e -> e.reason()).orElse("") + " (" + r.firstFailure() + ")";
        }
        if (r.status() == RuleStatus.NOT_APPLICABLE) {
            return r.checks().stream().map(Check::firstFailure).filter(s -> !s.isEmpty()).findFirst().map(s -> ": " + s).orElse("");
        }
        return "";
    }

    /** XML 1.0 cannot carry most control characters; an implementation's messages may hold any. */
    static String clean(String s) {
        StringBuilder b = new StringBuilder(s.length());
        s.codePoints().forEach(c -> {
            boolean ok = c == 0x9 || c == 0xA || c == 0xD || (c >= 0x20 && c <= 0xD7FF) || (c >= 0xE000 && c <= 0xFFFD) || c >= 0x10000;
            b.appendCodePoint(ok ? c : '?');
        });
        return b.toString();
    }
}
