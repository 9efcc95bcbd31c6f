package id.sikerja.local.journeys;

import id.sikerja.local.testing.LocalSystem;

/** The intake journey against the embedded stand-ins: DynamoDB Local, S3Mock, aws-ses-v2-local. */
class IntakeJourneyTest extends IntakeJourneyContract {

    @Override
    LocalSystem system() {
        return LocalSystem.shared();
    }
}
