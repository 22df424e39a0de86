package org.ropescope.ui;

import static org.junit.jupiter.api.Assertions.assertEquals;

import org.junit.jupiter.api.Test;

class SoftwareRenderingTest {

    @Test
    void linuxWithoutGpuStartsOnTheSoftwareRendererAndKeepsGtkOffOpenGl() {
        assertEquals(new SoftwareRendering.Choice(true, true), SoftwareRendering.choose("Linux", null, null, false));
    }

    @Test
    void aGpuDeviceLeavesJavaFxItsOwnOrder() {
        assertEquals(new SoftwareRendering.Choice(false, false), SoftwareRendering.choose("Linux", null, null, true));
    }

    @Test
    void whatAPersonSetIsKept() {
        assertEquals(new SoftwareRendering.Choice(false, true), SoftwareRendering.choose("Linux", "es2", null, false));
        assertEquals(new SoftwareRendering.Choice(true, false), SoftwareRendering.choose("Linux", null, "", false));
    }

    @Test
    void otherSystemsAreLeftAlone() {
        assertEquals(new SoftwareRendering.Choice(false, false), SoftwareRendering.choose("Windows 11", null, null, false));
        assertEquals(new SoftwareRendering.Choice(false, false), SoftwareRendering.choose("Mac OS X", null, null, false));
    }
}
