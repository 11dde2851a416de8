package org.partnershiphub.strategy.web;

import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

import org.partnershiphub.files.CheckedUpload;
import org.partnershiphub.files.FileKind;
import org.partnershiphub.files.StoredFile;
import org.partnershiphub.files.StoredFiles;
import org.partnershiphub.files.UploadChecker;
import org.partnershiphub.files.UploadRefused;
import org.partnershiphub.strategy.internal.PlanUpdate;
import org.springframework.stereotype.Component;
import org.springframework.validation.BindingResult;
import org.springframework.web.multipart.MultipartFile;

/** Evidence files posted with a progress update: checked before anything is saved, stored against the update. */
@Component
class EvidenceFiles {

    static final int MAX_FILES = 5;
    static final String OWNER_TYPE = "PlanUpdate";
    static final Set<FileKind> ALLOWED = EnumSet.allOf(FileKind.class);

    private final UploadChecker checker;
    private final StoredFiles files;

    EvidenceFiles(UploadChecker checker, StoredFiles files) {
        this.checker = checker;
        this.files = files;
    }

    /** The selected files, checked; a refusal is reported on the "evidence" field and nothing is kept. */
    List<CheckedUpload> check(List<MultipartFile> selected, BindingResult errors) {
        List<MultipartFile> chosen = selected.stream().filter(f -> f != null && !f.isEmpty()).toList();
        if (chosen.size() > MAX_FILES) {
            errors.rejectValue("evidence", "update.error.tooManyFiles", new Object[] {MAX_FILES}, null);
            return List.of();
        }
        List<CheckedUpload> checked = new ArrayList<>();
        for (MultipartFile file : chosen) {
            try {
                checked.add(checker.check(file, ALLOWED));
            } catch (UploadRefused refused) {
                errors.rejectValue("evidence", refused.messageKey(), refused.messageArguments(), null);
                return List.of();
            }
        }
        return checked;
    }

    void store(long updateId, List<CheckedUpload> checked) {
        checked.forEach(upload -> files.store(upload, OWNER_TYPE, updateId));
    }

    Map<Long, List<StoredFile>> forUpdates(List<PlanUpdate> updates) {
        return files.forOwners(OWNER_TYPE, updates.stream().map(PlanUpdate::getId).toList());
    }

    /** The file, when it belongs to an update of this action. */
    java.util.Optional<StoredFile> find(long fileId, List<PlanUpdate> updatesOfAction) {
        Set<Long> updateIds = new java.util.HashSet<>(updatesOfAction.stream().map(PlanUpdate::getId).toList());
        return files.find(fileId).filter(f -> OWNER_TYPE.equals(f.ownerType()) && updateIds.contains(f.ownerId()));
    }

    byte[] content(long fileId) {
        return files.content(fileId);
    }
}
