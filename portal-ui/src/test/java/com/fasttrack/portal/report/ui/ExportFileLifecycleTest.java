package com.fasttrack.portal.report.ui;

import com.fasttrack.portal.engagement.Engagement;
import com.fasttrack.portal.engagement.ui.EngagementView;
import com.fasttrack.portal.organisation.Region;
import com.fasttrack.portal.security.Role;
import com.fasttrack.portal.security.UserAccount;
import com.fasttrack.portal.testing.KaribuTest;
import com.fasttrack.portal.testing.TestData;

import com.github.mvysny.fakeservlet.FakeResponse;
import com.github.mvysny.kaributesting.v10.MockVaadin;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.server.VaadinRequest;
import com.vaadin.flow.server.VaadinServletResponse;
import com.vaadin.flow.server.VaadinServletService;
import com.vaadin.flow.server.VaadinSession;
import com.vaadin.flow.server.streams.DownloadEvent;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermission;
import java.time.Duration;
import java.util.List;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;

import static com.github.mvysny.kaributesting.v10.ContextMenuKt._click;
import static com.github.mvysny.kaributesting.v10.LocatorJ._assertNone;
import static com.github.mvysny.kaributesting.v10.LocatorJ._get;
import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

/**
 * An export's file holds a customer's report: owner-only on disk, deleted after its one download, when its dialog
 * closes, when it is cancelled or fails; and a user runs one export at a time.
 */
class ExportFileLifecycleTest extends KaribuTest {

    @Autowired
    ExportExecutor executor;

    /** Released after each test, so a blocked export never outlives its test in the shared executor. */
    private final CountDownLatch release = new CountDownLatch(1);

    @AfterEach
    void releaseBlockedExports() {
        release.countDown();
    }

    /** Signs an engineer in on its engagement's page and starts the PDF export from the Export menu. */
    private ExportDialog pdfExportReady() throws Exception {
        UserAccount engineer = testData.user(Role.ENGINEER);
        Engagement engagement = testData.engagement(testData.customerOrganisation(Region.CANADA),
                TestData.unique("Export"), List.of(engineer), "SAP");
        login(engineer);
        UI.getCurrent().navigate(EngagementView.class, EngagementView.parameters(engagement.id()));
        _click(_get(ExportMenu.class).bar(), _get(ExportMenu.class).root.getSubMenu().getItems().getFirst());
        ExportDialog dialog = _get(ExportDialog.class);
        dialog.running().get(30, TimeUnit.SECONDS);
        MockVaadin.clientRoundtrip(false); // runs what the export handed to the UI with ui.access()
        assertThat(dialog.status.getText()).startsWith("Ready");
        return dialog;
    }

    private ExportDialog open(ExportTask task) {
        ExportDialog dialog = new ExportDialog("Test export", "test.csv", task, executor);
        dialog.open();
        MockVaadin.clientRoundtrip(false);
        return dialog;
    }

    private ExportTask blockedUntilReleased() {
        return (out, progress, cancelled) -> {
            try {
                release.await(30, TimeUnit.SECONDS);
            } catch (InterruptedException interrupted) {
                Thread.currentThread().interrupt();
            }
            out.write("late".getBytes(StandardCharsets.UTF_8));
        };
    }

    private static FakeResponse download(ExportDialog dialog) throws IOException {
        FakeResponse fake = new FakeResponse();
        VaadinServletResponse response = new VaadinServletResponse(fake,
                (VaadinServletService) VaadinServletService.getCurrent());
        dialog.downloadHandler().handleDownloadRequest(new DownloadEvent(VaadinRequest.getCurrent(), response,
                VaadinSession.getCurrent(), dialog.getElement()));
        return fake;
    }

    @Test
    void theReadyFileIsOwnerOnlyAndGoneOnceDownloaded() throws Exception {
        ExportDialog dialog = pdfExportReady();
        Path file = dialog.file().path();
        assertThat(Files.getPosixFilePermissions(file))
                .containsExactlyInAnyOrder(PosixFilePermission.OWNER_READ, PosixFilePermission.OWNER_WRITE);

        FakeResponse response = download(dialog);
        assertThat(response.getBufferAsString()).startsWith("%PDF");
        assertThat(file).doesNotExist();
        MockVaadin.clientRoundtrip(false);
        assertThat(dialog.status.getText()).startsWith("Downloaded: ");
        _assertNone(Anchor.class, spec -> spec.withId("export-download"));

        assertThat(download(dialog).getStatus()).as("a second request finds nothing").isEqualTo(404);
    }

    @Test
    void closingTheDialogDeletesTheReadyFile() throws Exception {
        ExportDialog dialog = pdfExportReady();
        Path file = dialog.file().path();
        assertThat(file).exists();
        dialog.close(); // as Esc does
        assertThat(file).doesNotExist();

        ExportDialog another = pdfExportReady();
        Path second = another.file().path();
        another.cancel.click(); // the button reads "Close" once the file is ready
        assertThat(second).doesNotExist();
    }

    @Test
    void aCancelledExportLeavesNoFileEvenIfItFinishesWritingAfterwards() throws Exception {
        login(Role.ENGINEER);
        ExportDialog dialog = open(blockedUntilReleased());
        Path file = dialog.file().path();
        assertThat(file).exists();

        dialog.cancel.click();
        release.countDown();
        await().atMost(Duration.ofSeconds(30)).until(() -> dialog.running().isDone());
        assertThat(file).doesNotExist();
    }

    @Test
    void aFailedExportLeavesNoFile() throws Exception {
        login(Role.ENGINEER);
        ExportDialog dialog = open((out, progress, cancelled) -> {
            out.write("half a report".getBytes(StandardCharsets.UTF_8));
            throw new IOException("disk full");
        });
        Path file = dialog.file().path();
        await().atMost(Duration.ofSeconds(30)).until(() -> dialog.running().isDone());
        MockVaadin.clientRoundtrip(false);
        assertThat(dialog.status.getText()).startsWith("The export failed.");
        assertThat(file).doesNotExist();
    }

    @Test
    void aSecondExportWhileTheFirstRunsIsRefusedWithAMessage() throws Exception {
        login(Role.ENGINEER);
        ExportDialog first = open(blockedUntilReleased());
        ExportDialog second = open((out, progress, cancelled) -> out.write(1));

        assertThat(second.status.getText()).isEqualTo(ExportExecutor.ALREADY_RUNNING);
        assertThat(second.running()).isNull();
        assertThat(second.file().path()).doesNotExist();
        assertThat(second.cancel.getText()).isEqualTo("Close");

        release.countDown();
        first.running().get(30, TimeUnit.SECONDS);
        first.cancel.click();
        await().atMost(Duration.ofSeconds(10)).pollInSameThread().until(() -> {
            ExportDialog third = open((out, progress, cancelled) -> out.write(1));
            boolean started = third.running() != null;
            third.cancel.click();
            return started;
        });
    }
}
