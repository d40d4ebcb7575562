from typing import Literal

CreateCallFilterRequestTranscriptionAction = Literal["NOTIFY", "TERMINATE", "WARNING"]

CREATE_CALL_FILTER_REQUEST_TRANSCRIPTION_ACTION_VALUES: set[
    CreateCallFilterRequestTranscriptionAction
] = {
    "NOTIFY",
    "TERMINATE",
    "WARNING",
}


def check_create_call_filter_request_transcription_action(
    value: str,
) -> CreateCallFilterRequestTranscriptionAction:
    if value in CREATE_CALL_FILTER_REQUEST_TRANSCRIPTION_ACTION_VALUES:
        return value
    raise TypeError(
        f"Unexpected value {value!r}. Expected one of {CREATE_CALL_FILTER_REQUEST_TRANSCRIPTION_ACTION_VALUES!r}"
    )
