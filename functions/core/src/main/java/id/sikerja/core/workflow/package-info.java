/**
 * The workflow engine of Si Kerja: pure Java, no I/O.
 *
 * <p>Where to start:
 * <ul>
 *   <li>{@link id.sikerja.core.workflow.ProcessDefinitions}: the process as data, one declaration per path, to be
 *       read against PP 28/2018 and Permendagri 25/2020. {@link id.sikerja.core.workflow.ProcessTable#describe()}
 *       prints it.</li>
 *   <li>{@link id.sikerja.core.workflow.Workflow}: {@code decide} a {@link id.sikerja.core.workflow.Command} on a
 *       {@link id.sikerja.core.workflow.CaseState} → {@link id.sikerja.core.workflow.Transition} or
 *       {@link id.sikerja.core.workflow.Refusal}; {@code available} for the action list; {@code open*} and
 *       {@code enterLegacy} to create cases; {@code dueDates} and {@code warnings} for the reminders job.</li>
 *   <li>{@link id.sikerja.core.workflow.Deadline}: a stage's time rule as declared in the process table;
 *       {@link id.sikerja.core.workflow.Deadlines} evaluates the declarations; {@link id.sikerja.core.workflow.TimeLimit}
 *       and {@link id.sikerja.core.workflow.WorkflowSettings}: their configurable numbers, by name, with defaults
 *       and sources.</li>
 * </ul>
 *
 * <p>Storage hints: {@link id.sikerja.core.workflow.Facts#toStrings()} / {@code fromStrings} store facts as plain
 * strings; {@link id.sikerja.core.workflow.Documents#of} rebuilds documents from stored versions; a case's
 * {@code version} increments with every transition, for conditional writes.
 */
package id.sikerja.core.workflow;
