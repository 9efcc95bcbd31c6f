package id.sikerja.adapters.dynamo;

/**
 * A fault injected into an import just before it writes a row, as a lost connection or a throttled write would
 * strike it: for rehearsing the import's rollback through the real handler (the local runtime sets one through
 * {@code POST /_local/faults/import}). The production wiring never sets one: {@link #NONE}.
 */
@FunctionalInterface
public interface ImportFaultHook {

    /** No fault: what every deployed function runs with. */
    ImportFaultHook NONE = (importKey, index) -> {
    };

    /**
     * Called before the import writes its row with this index (0-based); throwing fails the import there, which then
     * undoes what it wrote.
     */
    void beforeRow(String importKey, int index);
}
