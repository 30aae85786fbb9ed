package org.caq.benchmark.procedure;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.util.HashMap;
import java.util.Map;
import javax.xml.XMLConstants;
import javax.xml.parsers.ParserConfigurationException;
import javax.xml.parsers.SAXParserFactory;
import org.xml.sax.Attributes;
import org.xml.sax.Locator;
import org.xml.sax.SAXException;
import org.xml.sax.SAXParseException;
import org.xml.sax.helpers.DefaultHandler;

/**
 * Where each element with an id starts in a model file, so that a refusal names the line to open; read before the
 * model itself, so that a file that is not well-formed XML is refused naming its line and column. No document type
 * is read: a DOCTYPE (and with it any external entity) is refused as malformed.
 */
final class ModelLines {

    private final Map<String, Integer> lines;

    private ModelLines(Map<String, Integer> lines) {
        this.lines = lines;
    }

    /** The lines of the file's elements, or the reason it is not well-formed XML. */
    static ModelLines read(byte[] content) throws SAXParseException {
        Map<String, Integer> lines = new HashMap<>();
        try {
            SAXParserFactory factory = SAXParserFactory.newInstance();
            factory.setNamespaceAware(true);
            factory.setFeature(XMLConstants.FEATURE_SECURE_PROCESSING, true);
            factory.setFeature("http://apache.org/xml/features/disallow-doctype-decl", true);
            factory.newSAXParser().parse(new ByteArrayInputStream(content), new DefaultHandler() {
                private Locator locator;

                @Override
                public void setDocumentLocator(Locator locator) {
                    this.locator = locator;
                }

                @Override
                public void startElement(String uri, String localName, String qName, Attributes attributes) {
                    String id = attributes.getValue("id");
                    if (id != null) {
                        lines.putIfAbsent(id, locator.getLineNumber());
                    }
                }
            });
        } catch (SAXParseException malformed) {
            throw malformed;
        } catch (SAXException malformed) {
            throw new SAXParseException(malformed.getMessage(), null, null, 0, 0, malformed);
        } catch (IOException | ParserConfigurationException e) {
            throw new IllegalStateException("Reading a model from memory failed", e);
        }
        return new ModelLines(lines);
    }

    /** The violation at the line of its element, when the element is in the file. */
    Violation place(Violation violation) {
        Integer line = violation.elementId() == null ? null : lines.get(violation.elementId());
        return line == null ? violation : violation.at(line);
    }
}
