package org.caq.benchmark.procedure;

import org.camunda.bpm.model.xml.instance.ModelElementInstance;

/**
 * One reason a model or a file is refused: the element it concerns (its id and, as the Modeler shows it, its name),
 * where in the file (line and column, 0 when not known) and what is wrong, in Chinese for the administrator and in
 * English. A problem of the whole file (not XML, not BPMN) has no element.
 */
record Violation(String elementId, String elementName, String zh, String en, int line, int column) {

    static Violation of(String elementId, String elementName, String zh, String en) {
        return new Violation(elementId, elementName == null || elementName.isBlank() ? null : elementName.strip(), zh, en, 0, 0);
    }

    /** A problem of an element of the model, named by its id and name. */
    static Violation in(ModelElementInstance element, String zh, String en) {
        return of(element.getAttributeValue("id"), element.getAttributeValue("name"), zh, en);
    }

    /** A problem of the file as a whole, at the line and column where reading it stopped. */
    static Violation ofFile(String zh, String en, int line, int column) {
        return new Violation(null, null, zh, en, Math.max(line, 0), Math.max(column, 0));
    }

    /** The same problem at the line where its element starts in the file. */
    Violation at(int line) {
        return new Violation(elementId, elementName, zh, en, line, column);
    }

    /** The element as the administrator finds it in the Modeler: its id, with its name when it has one. */
    String where() {
        return elementName == null || elementName.equals(elementId) ? elementId : elementId + "（" + elementName + "）";
    }

    @Override
    public String toString() {
        return (elementId == null ? "" : where() + ": ") + zh + " / " + en;
    }
}
