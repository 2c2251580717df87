"""ORM tables, one per module; importing this package registers them all."""

from app.models.access_record import AccessKind, AccessRecord
from app.models.account import Account, Role
from app.models.advocate_note import AdvocateNote
from app.models.assignment import Assignment, AssignmentEnd
from app.models.assignment_code import AssignmentCode
from app.models.attachment import Attachment, AttachmentStatus
from app.models.attachment_chunk import AttachmentChunk
from app.models.bundle import Bundle, BundleStatus
from app.models.bundle_attachment import BundleAttachment
from app.models.bundle_entry import BundleEntry
from app.models.bundle_link import BundleLink
from app.models.case_document import CaseDocument
from app.models.case_document_grant import CaseDocumentGrant
from app.models.case_document_version import CaseDocumentVersion
from app.models.device_session import DeviceSession
from app.models.device_token import DeviceToken
from app.models.entry import Entry
from app.models.entry_key_grant import EntryKeyGrant
from app.models.entry_version import EntryVersion
from app.models.handover import Handover, HandoverReason, HandoverStatus
from app.models.invitation import Invitation
from app.models.log_checkpoint import LogCheckpoint
from app.models.log_cosignature import LogCosignature
from app.models.log_head import LogHead
from app.models.log_key import LogKey
from app.models.log_leaf import LogLeaf
from app.models.log_node import LogNode
from app.models.log_timestamp import LogTimestamp
from app.models.login_throttle import LoginThrottle
from app.models.note_key_grant import NoteKeyGrant
from app.models.organisation import Organisation
from app.models.organisation_member import OrganisationMember
from app.models.push_subscription import PushSubscription
from app.models.refresh_token import RefreshToken
from app.models.security_event import SecurityEvent, SecurityEventKind

__all__ = [
    "AccessKind",
    "AccessRecord",
    "Account",
    "AdvocateNote",
    "Assignment",
    "AssignmentCode",
    "AssignmentEnd",
    "Attachment",
    "AttachmentChunk",
    "AttachmentStatus",
    "Bundle",
    "BundleAttachment",
    "BundleEntry",
    "BundleLink",
    "BundleStatus",
    "CaseDocument",
    "CaseDocumentGrant",
    "CaseDocumentVersion",
    "DeviceSession",
    "DeviceToken",
    "Entry",
    "EntryKeyGrant",
    "EntryVersion",
    "Handover",
    "HandoverReason",
    "HandoverStatus",
    "Invitation",
    "LogCheckpoint",
    "LogCosignature",
    "LogHead",
    "LogKey",
    "LogLeaf",
    "LogNode",
    "LogTimestamp",
    "LoginThrottle",
    "NoteKeyGrant",
    "Organisation",
    "OrganisationMember",
    "PushSubscription",
    "RefreshToken",
    "Role",
    "SecurityEvent",
    "SecurityEventKind",
]
