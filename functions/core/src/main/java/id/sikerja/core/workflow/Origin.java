package id.sikerja.core.workflow;

/** How a case came into Si Kerja; it also says who the proposer is (who may withdraw). */
public enum Origin {
    /** A partner's application through the public form: starts at intake; the partner is the proposer. */
    PARTNER_APPLICATION,
    /** Initiated by a department (or entered by an admin): starts at Persiapan / Prakarsa; the OPD proposes. */
    DEPARTMENT,
    /** An agreement signed before Si Kerja existed, entered at Pelaksanaan. */
    LEGACY,
    /** An extension: a new run of the process linked to the previous agreement. */
    EXTENSION,
    /** A PKS under a signed KB: starts at Penyusunan PKS with a reference to the KB case. */
    CHILD_PKS;

    /** Whether the proposer is the partner (else the case's department). */
    public boolean proposedByPartner() {
        return this == PARTNER_APPLICATION;
    }
}
