package id.sikerja.core.settings;

import java.util.Objects;

/**
 * A department of the Pemda (OPD, perangkat daerah): the code cases carry ({@code DINKES}) and its name as people
 * read it ({@code Dinas Kesehatan}).
 */
public record Department(String code, String name) {

    public Department {
        Objects.requireNonNull(code, "code");
        Objects.requireNonNull(name, "name");
    }
}
