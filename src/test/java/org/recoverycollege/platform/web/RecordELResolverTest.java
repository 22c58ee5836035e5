package org.recoverycollege.platform.web;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import jakarta.el.ELContext;
import jakarta.el.ELResolver;
import jakarta.el.FunctionMapper;
import jakarta.el.PropertyNotWritableException;
import jakarta.el.VariableMapper;
import org.junit.jupiter.api.Test;

class RecordELResolverTest {

    record Row(String title, int places) {
        boolean full() {
            return places == 0;
        }
    }

    record Link(String address) {
        /** Only web addresses reach a page. */
        public String getAddress() {
            return address.startsWith("https://") ? address : null;
        }
    }

    static class Bean {
        public String getTitle() {
            return "bean";
        }
    }

    private final RecordELResolver resolver = new RecordELResolver();

    private ELContext context() {
        return new ELContext() {
            @Override
            public ELResolver getELResolver() {
                return resolver;
            }

            @Override
            public FunctionMapper getFunctionMapper() {
                return null;
            }

            @Override
            public VariableMapper getVariableMapper() {
                return null;
            }
        };
    }

    @Test
    void aPageReadsARecordsComponentsThroughTheirAccessors() {
        ELContext context = context();
        assertEquals("Building confidence", resolver.getValue(context, new Row("Building confidence", 3), "title"));
        assertTrue(context.isPropertyResolved());
        ELContext second = context();
        assertEquals(3, resolver.getValue(second, new Row("x", 3), "places"));
    }

    @Test
    void whatIsNotAComponentIsLeftToTheOtherResolvers() {
        ELContext method = context();
        assertNull(resolver.getValue(method, new Row("x", 0), "full"));
        assertFalse(method.isPropertyResolved());
        ELContext bean = context();
        assertNull(resolver.getValue(bean, new Bean(), "title"));
        assertFalse(bean.isPropertyResolved());
    }

    @Test
    void aRecordsOwnGetterIsReadInsteadOfItsRawComponent() {
        ELContext context = context();
        assertNull(resolver.getValue(context, new Link("javascript:alert(1)"), "address"));
        assertFalse(context.isPropertyResolved(), "left to the bean resolver, which calls getAddress()");
    }

    @Test
    void aPageCannotWriteToARecord() {
        ELContext context = context();
        assertTrue(resolver.isReadOnly(context, new Row("x", 1), "title"));
        assertThrows(PropertyNotWritableException.class,
                () -> resolver.setValue(context(), new Row("x", 1), "title", "changed"));
    }
}
