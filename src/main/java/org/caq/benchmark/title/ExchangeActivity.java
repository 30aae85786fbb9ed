package org.caq.benchmark.title;

import java.time.LocalDate;
import java.util.List;

/**
 * An experience-exchange activity an office holds for its titles (Art. 5, 23; seed 001 §二(一)) with the titles
 * invited and, once recorded, how each holder attended.
 */
public record ExchangeActivity(String number, String directory, String name, LocalDate heldOn, String place,
        List<Invitation> invitations) {

    /** One invited title; {@code attendance} is null until the office records it. */
    public record Invitation(String titleNumber, Attendance attendance, String note) {
    }
}
