from typing import Literal

UpdateCallFilterRequestTranscriptionAction = Literal["NOTIFY", "TERMINATE", "WARNING"]

UPDATE_CALL_FILTER_REQUEST_TRANSCRIPTION_ACTION_VALUES: set[
    UpdateCallFilterRequestTranscriptionAction
] = {
    "NOTIFY",
    "TERMINATE",
    "WARNING",
}


def check_update_call_filter_request_transcription_action(
    value: str,
) -> UpdateCallFilterRequestTranscriptionAction:
    if value in UPDATE_CALL_FILTER_REQUEST_TRANSCRIPTION_ACTION_VALUES:
        return value
    raise TypeError(
        f"Unexpected value {value!r}. Expected one of {UPDATE_CALL_FILTER_REQUEST_TRANSCRIPTION_ACTION_VALUES!r}"
    )
