/**
 * Issue 16 (domain.md §8 [S]): proposals and cases that answer a department's potential or need ("peluang" /
 * "kebutuhan", package {@code potentials}). A case records the entry it answers as the system fact
 * {@code potentialId}, set when it is created (a partner's proposal or a department's initiative) and never changed;
 * the entry's public proposal count, the agreements it led to, its status following its cases, the reports and the
 * digest are read from here. Depends on {@code workflow}, {@code reads} and {@code validation}; nothing there depends on it
 * (the case service sets the fact itself).
 */
package id.sikerja.core.answers;
