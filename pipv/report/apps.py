from django.apps import AppConfig


class ReportConfig(AppConfig):
    name = "pipv.report"

    def ready(self) -> None:
        from pipv.cases.models import CaseRecord
        from pipv.cases.signals import case_changed

        from . import jobs

        def forget(sender, record, **kwargs):
            jobs.forget_case(record)

        case_changed.connect(forget, sender=CaseRecord, weak=False, dispatch_uid="pdf-forget")
