/** Working days in China: weekends, the State Council's public holidays and make-up working days (调休上班). */
package org.caq.benchmark.calendar;
