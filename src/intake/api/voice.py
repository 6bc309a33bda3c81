"""The voice route: `POST /intakes/voice {content_type, size_bytes}` -> 201 {intake, upload}.

The browser then sends the audio as a multipart POST of `upload.fields` plus a `file` part to
`upload.url` (S3 on AWS, the local server's /intakes/{id}/audio locally), and follows the intake
with GET /intakes/{id} until it is recorded, needs confirmation, or was refused.
"""
from __future__ import annotations

from aws_lambda_powertools.event_handler.api_gateway import Router
from pydantic import BaseModel, Field

from intake.api import models, views
from intake.api.errors import ApiError
from intake.api.request import IdempotencyKey, actor
from intake.api.responses import documented
from intake.api.services import Services


class VoiceIntakeIn(BaseModel):
    content_type: str = Field(max_length=200, examples=["audio/webm;codecs=opus"],
                              description="the recording's MIME type: webm, ogg, mp4/m4a, wav, flac or mp3")
    size_bytes: int = Field(examples=[48213], description="the recording's size: 1 byte to 10 MB")


class UploadOut(BaseModel):
    url: str
    fields: dict[str, str]
    expires_in: int


class VoiceIntakeOut(BaseModel):
    intake: models.IntakeOut
    upload: UploadOut


def router(services: Services) -> Router:
    api = Router()

    @api.post("/intakes/voice", status_code=201, tags=["intakes"],
              summary="Start a voice note: a received intake and where to upload its audio",
              responses=documented(201, VoiceIntakeOut, "the intake and its upload form (a multipart "
                                   "POST of `fields` plus `file`, valid for `expires_in` seconds); "
                                   "415 for an unsupported type", 400, 409, 413, 422, 503))
    def start_voice(body: VoiceIntakeIn, idempotency_key: IdempotencyKey = None) -> VoiceIntakeOut:
        voice = getattr(services, "voice", None)
        if voice is None:
            raise ApiError(503, "voice_unavailable", "voice notes are not set up on this server")
        intake, upload = voice.create(body.content_type, body.size_bytes,
                                      actor(api.current_event, services.settings), idempotency_key)
        return VoiceIntakeOut(intake=views.intake(intake), upload=UploadOut(**upload.to_dict()))

    return api
