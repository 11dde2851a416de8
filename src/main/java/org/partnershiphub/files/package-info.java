/**
 * Files: checked uploads and the files stored from them, for any module that takes documents (business plan
 * evidence, spreadsheet import).
 * <p>
 * {@link org.partnershiphub.files.UploadChecker} turns what a browser sent into a
 * {@link org.partnershiphub.files.CheckedUpload}, or refuses it with an
 * {@link org.partnershiphub.files.UploadRefused} whose message key explains why: size limit, an allow-list of
 * {@link org.partnershiphub.files.FileKind}s checked against the content (not only the name), and zip-bomb and
 * path-traversal checks for Office files. {@link org.partnershiphub.files.StoredFiles} keeps checked uploads under
 * a generated storage key, each owned by one record of the calling module, and
 * {@link org.partnershiphub.files.FileDownloads} serves them back with safe headers.
 * <p>
 * Access control is the caller's job: this module does not know who may read a file. The owning module checks
 * that the signed-in person may see the owner record (and audits the read) before it calls
 * {@code find}, {@code content}, {@code forOwner} or {@code forOwners}, and deletes an owner's files when it deletes the owner.
 */
@org.springframework.modulith.ApplicationModule(displayName = "Files")
package org.partnershiphub.files;
