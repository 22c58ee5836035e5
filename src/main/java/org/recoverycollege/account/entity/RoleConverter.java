package org.recoverycollege.account.entity;

import jakarta.persistence.AttributeConverter;
import jakarta.persistence.Converter;

/** Stores roles by their lower-case names, which the identity store's group query returns as they are. */
@Converter(autoApply = true)
public class RoleConverter implements AttributeConverter<Role, String> {

    @Override
    public String convertToDatabaseColumn(Role role) {
        return role == null ? null : role.roleName();
    }

    @Override
    public Role convertToEntityAttribute(String name) {
        return name == null ? null : Role.fromRoleName(name);
    }
}
