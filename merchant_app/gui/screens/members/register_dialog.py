"""Registering (or editing) a member at the counter: keyboard only, the common fields
first, a warning as soon as the phone or email is already registered."""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QPlainTextEdit,
    QVBoxLayout,
    QWidget,
)

from merchant_app.errors import KnownError
from merchant_app.gui.errors import show_error, translate_error
from merchant_app.gui.widgets import NoticeBar, fit_dialog
from merchant_app.services import members
from merchant_app.services.context import Actor, AppContext
from merchant_app.services.members import (
    GENDER_LABELS,
    GENDERS,
    DuplicateMember,
    MemberInfo,
    MemberInput,
)


class MemberDialog(QDialog):
    """Register a new member, or edit ``member`` (a revealed record).  ``result_member``
    holds the saved record after OK."""

    def __init__(
        self,
        ctx: AppContext,
        actor: Actor,
        parent: QWidget | None = None,
        member: MemberInfo | None = None,
    ) -> None:
        super().__init__(parent)
        self._ctx, self._actor, self._member = ctx, actor, member
        self.result_member: MemberInfo | None = None
        self._allow_duplicate = False
        self.setWindowTitle(self.tr("Edit member") if member else self.tr("Register a member"))
        self.notice = NoticeBar(self)
        self.name = QLineEdit(self)
        self.name.setMaxLength(120)
        self.phone = QLineEdit(self)
        self.phone.setMaxLength(40)
        self.phone.setPlaceholderText(self.tr("e.g. 138 0013 8000"))
        self.email = QLineEdit(self)
        self.email.setMaxLength(200)
        self.gender = QComboBox(self)
        for code in GENDERS:
            self.gender.addItem(QCoreApplication.translate("Gender", GENDER_LABELS[code]), code)
        self.birthday = QLineEdit(self)
        self.birthday.setPlaceholderText(self.tr("YYYY-MM-DD"))
        self.birthday.setInputMask("")
        self.birthday.setMaxLength(10)
        self.address = QPlainTextEdit(self)
        self.address.setTabChangesFocus(True)
        self.address.setFixedHeight(self.fontMetrics().lineSpacing() * 3 + 12)
        self.tags = QLineEdit(self)
        self.tags.setPlaceholderText(self.tr("Comma-separated, e.g. vip, wholesale"))
        self.notes = QLineEdit(self)
        self.notes.setMaxLength(2000)
        self.consent_marketing = QCheckBox(self.tr("&Marketing"), self)
        self.consent_sms = QCheckBox(self.tr("&SMS"), self)
        self.consent_email = QCheckBox(self.tr("Emai&l"), self)
        consents = QHBoxLayout()
        for box in (self.consent_marketing, self.consent_sms, self.consent_email):
            consents.addWidget(box)
        consents.addStretch(1)
        self.duplicate_label = QLabel(self)
        self.duplicate_label.setWordWrap(True)
        self.duplicate_label.setObjectName("duplicateWarning")

        form = QFormLayout()
        form.addRow(self.tr("&Name:"), self.name)
        form.addRow(self.tr("&Phone:"), self.phone)
        form.addRow(self.tr("&Email:"), self.email)
        form.addRow(self.duplicate_label)
        form.addRow(self.tr("&Gender:"), self.gender)
        form.addRow(self.tr("&Birthday:"), self.birthday)
        form.addRow(self.tr("&Address:"), self.address)
        form.addRow(self.tr("&Tags:"), self.tags)
        form.addRow(self.tr("N&otes:"), self.notes)
        form.addRow(self.tr("Consents:"), consents)
        self.buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Save | QDialogButtonBox.StandardButton.Cancel, self
        )
        self.buttons.accepted.connect(self._on_buttons_accepted)
        self.buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addWidget(self.notice)
        layout.addLayout(form)
        layout.addWidget(self.buttons)
        self.phone.editingFinished.connect(self._on_contact_editing_finished)
        self.email.editingFinished.connect(self._on_contact_editing_finished)
        if member is not None:
            self._fill(member)
        fit_dialog(self, self.fontMetrics().averageCharWidth() * 64)

    def _fill(self, m: MemberInfo) -> None:
        self.name.setText(m.name)
        self.phone.setText(m.phone)
        self.email.setText(m.email)
        self.gender.setCurrentIndex(max(0, self.gender.findData(m.gender)))
        self.birthday.setText(m.birthday)
        self.address.setPlainText("\n".join(m.addresses))
        self.tags.setText(", ".join(m.tags))
        self.notes.setText(m.notes)
        self.consent_marketing.setChecked(m.consent_marketing)
        self.consent_sms.setChecked(m.consent_sms)
        self.consent_email.setChecked(m.consent_email)

    def data(self) -> MemberInput:
        """What the form holds."""
        addresses = tuple(a for a in self.address.toPlainText().split("\n") if a.strip())
        return MemberInput(
            name=self.name.text(),
            phone=self.phone.text(),
            email=self.email.text(),
            gender=self.gender.currentData() or "",
            birthday=self.birthday.text(),
            addresses=addresses,
            notes=self.notes.text(),
            tags=tuple(t for t in self.tags.text().split(",") if t.strip()),
            consent_marketing=self.consent_marketing.isChecked(),
            consent_sms=self.consent_sms.isChecked(),
            consent_email=self.consent_email.isChecked(),
        )

    def _on_contact_editing_finished(self) -> None:
        if self._member is not None:
            return
        try:
            found = members.find_duplicates(
                self._ctx, self._actor, self.phone.text(), self.email.text()
            )
        except KnownError as exc:
            self.duplicate_label.setText(translate_error(exc))
            return
        if found:
            self.duplicate_label.setText(
                self.tr("Already registered: {who}").format(
                    who="; ".join(f"{r.name} · {r.phone_masked} · {r.card_number}" for r in found)
                )
            )
        else:
            self.duplicate_label.clear()

    def _on_buttons_accepted(self) -> None:
        try:
            if self._member is None:
                self.result_member = members.register_member(
                    self._ctx, self._actor, self.data(), allow_duplicate=self._allow_duplicate
                )
            else:
                self.result_member = members.update_member(
                    self._ctx, self._actor, self._member.id, self.data()
                )
        except DuplicateMember as exc:
            self.notice.show_message(
                translate_error(exc),
                NoticeBar.WARNING,
                self.tr("Register anyway"),
                self._on_register_anyway,
            )
            return
        except KnownError as exc:
            field = exc.params.get("field", "")
            target = getattr(self, {"addresses": "address"}.get(field, field), None)
            if isinstance(target, QWidget):
                target.setFocus()
            self.notice.show_message(translate_error(exc), NoticeBar.ERROR)
            return
        except Exception as exc:  # a bug: the crash dialog
            show_error(self, exc)
            return
        self.accept()

    def _on_register_anyway(self) -> None:
        self._allow_duplicate = True
        self._on_buttons_accepted()
