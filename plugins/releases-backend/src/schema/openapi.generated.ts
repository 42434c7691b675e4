// This file is generated from openapi.yaml by scripts/generate-openapi.js. Do not edit it by hand.

export const spec = {
  openapi: '3.1.0',
  info: {
    title: 'releases',
    version: '1',
    description:
      'Release plans, readiness checklists and the activity trail of the Releases plugin for Backstage.\nEvery request needs a Backstage token. Errors are `{ "error": { "name", "message" } }`.\n',
    license: {
      name: 'Apache-2.0',
    },
  },
  servers: [
    {
      url: '/',
    },
  ],
  paths: {
    '/releases': {
      get: {
        operationId: 'ListReleases',
        description: 'Releases, newest window first.',
        parameters: [
          {
            $ref: '#/components/parameters/entityRef',
          },
          {
            $ref: '#/components/parameters/owner',
          },
          {
            name: 'status',
            in: 'query',
            description: 'One or more statuses, comma separated.',
            schema: {
              type: 'string',
              maxLength: 200,
            },
          },
          {
            $ref: '#/components/parameters/from',
          },
          {
            $ref: '#/components/parameters/to',
          },
          {
            name: 'q',
            in: 'query',
            description: 'Matches title or version.',
            schema: {
              type: 'string',
              maxLength: 200,
            },
          },
          {
            name: 'limit',
            in: 'query',
            schema: {
              type: 'integer',
              minimum: 1,
              maximum: 200,
            },
          },
          {
            name: 'cursor',
            in: 'query',
            schema: {
              type: 'string',
              maxLength: 500,
            },
          },
        ],
        responses: {
          '200': {
            description: 'A page of releases.',
            content: {
              'application/json': {
                schema: {
                  type: 'object',
                  additionalProperties: false,
                  required: ['items'],
                  properties: {
                    items: {
                      type: 'array',
                      items: {
                        $ref: '#/components/schemas/ReleaseSummary',
                      },
                    },
                    nextCursor: {
                      type: 'string',
                    },
                  },
                },
              },
            },
          },
          default: {
            $ref: '#/components/responses/ErrorResponse',
          },
        },
      },
      post: {
        operationId: 'CreateRelease',
        requestBody: {
          required: true,
          content: {
            'application/json': {
              schema: {
                $ref: '#/components/schemas/CreateReleaseRequest',
              },
            },
          },
        },
        responses: {
          '201': {
            description: 'The created release.',
            content: {
              'application/json': {
                schema: {
                  $ref: '#/components/schemas/Release',
                },
              },
            },
          },
          default: {
            $ref: '#/components/responses/ErrorResponse',
          },
        },
      },
    },
    '/releases/{id}': {
      get: {
        operationId: 'GetRelease',
        parameters: [
          {
            $ref: '#/components/parameters/releaseId',
          },
        ],
        responses: {
          '200': {
            description:
              'The release with its components, checklist and readiness.',
            content: {
              'application/json': {
                schema: {
                  $ref: '#/components/schemas/Release',
                },
              },
            },
          },
          default: {
            $ref: '#/components/responses/ErrorResponse',
          },
        },
      },
      patch: {
        operationId: 'UpdateRelease',
        parameters: [
          {
            $ref: '#/components/parameters/releaseId',
          },
        ],
        requestBody: {
          required: true,
          content: {
            'application/json': {
              schema: {
                $ref: '#/components/schemas/UpdateReleaseRequest',
              },
            },
          },
        },
        responses: {
          '200': {
            description: 'The updated release.',
            content: {
              'application/json': {
                schema: {
                  $ref: '#/components/schemas/Release',
                },
              },
            },
          },
          default: {
            $ref: '#/components/responses/ErrorResponse',
          },
        },
      },
      delete: {
        operationId: 'DeleteRelease',
        description: 'Only drafts can be deleted.',
        parameters: [
          {
            $ref: '#/components/parameters/releaseId',
          },
        ],
        responses: {
          '204': {
            description: 'Deleted.',
          },
          default: {
            $ref: '#/components/responses/ErrorResponse',
          },
        },
      },
    },
    '/releases/{id}/transitions': {
      post: {
        operationId: 'TransitionRelease',
        parameters: [
          {
            $ref: '#/components/parameters/releaseId',
          },
        ],
        requestBody: {
          required: true,
          content: {
            'application/json': {
              schema: {
                type: 'object',
                additionalProperties: false,
                required: ['to'],
                properties: {
                  to: {
                    $ref: '#/components/schemas/ReleaseStatus',
                  },
                  reason: {
                    type: 'string',
                    minLength: 1,
                    maxLength: 2000,
                  },
                  override: {
                    type: 'boolean',
                  },
                  revision: {
                    type: 'integer',
                    minimum: 1,
                  },
                },
              },
            },
          },
        },
        responses: {
          '200': {
            description: 'The release in its new status.',
            content: {
              'application/json': {
                schema: {
                  $ref: '#/components/schemas/Release',
                },
              },
            },
          },
          default: {
            $ref: '#/components/responses/ErrorResponse',
          },
        },
      },
    },
    '/releases/{id}/components': {
      post: {
        operationId: 'AddReleaseComponents',
        parameters: [
          {
            $ref: '#/components/parameters/releaseId',
          },
        ],
        requestBody: {
          required: true,
          content: {
            'application/json': {
              schema: {
                type: 'object',
                additionalProperties: false,
                required: ['components'],
                properties: {
                  components: {
                    type: 'array',
                    minItems: 1,
                    maxItems: 200,
                    items: {
                      $ref: '#/components/schemas/EntityRef',
                    },
                  },
                  revision: {
                    type: 'integer',
                    minimum: 1,
                  },
                },
              },
            },
          },
        },
        responses: {
          '200': {
            description:
              'The release with the components and their checklist items added.',
            content: {
              'application/json': {
                schema: {
                  $ref: '#/components/schemas/Release',
                },
              },
            },
          },
          default: {
            $ref: '#/components/responses/ErrorResponse',
          },
        },
      },
    },
    '/releases/{id}/components/{entityRef}': {
      delete: {
        operationId: 'RemoveReleaseComponent',
        parameters: [
          {
            $ref: '#/components/parameters/releaseId',
          },
          {
            name: 'entityRef',
            in: 'path',
            required: true,
            description: "The component's entity ref, URL-encoded.",
            schema: {
              $ref: '#/components/schemas/EntityRef',
            },
          },
        ],
        responses: {
          '200': {
            description:
              'The release without the component; its open items are removed, settled ones kept.',
            content: {
              'application/json': {
                schema: {
                  $ref: '#/components/schemas/Release',
                },
              },
            },
          },
          default: {
            $ref: '#/components/responses/ErrorResponse',
          },
        },
      },
    },
    '/releases/{id}/checklist': {
      post: {
        operationId: 'AddChecklistItem',
        parameters: [
          {
            $ref: '#/components/parameters/releaseId',
          },
        ],
        requestBody: {
          required: true,
          content: {
            'application/json': {
              schema: {
                type: 'object',
                additionalProperties: false,
                required: ['title', 'category'],
                properties: {
                  title: {
                    $ref: '#/components/schemas/Title',
                  },
                  category: {
                    $ref: '#/components/schemas/ChecklistCategory',
                  },
                  componentRef: {
                    oneOf: [
                      {
                        $ref: '#/components/schemas/EntityRef',
                      },
                      {
                        type: 'null',
                      },
                    ],
                  },
                  required: {
                    type: 'boolean',
                  },
                  assignee: {
                    $ref: '#/components/schemas/EntityRef',
                  },
                },
              },
            },
          },
        },
        responses: {
          '201': {
            description: 'The new item.',
            content: {
              'application/json': {
                schema: {
                  $ref: '#/components/schemas/ChecklistItem',
                },
              },
            },
          },
          default: {
            $ref: '#/components/responses/ErrorResponse',
          },
        },
      },
    },
    '/releases/{id}/checklist/{itemId}': {
      patch: {
        operationId: 'UpdateChecklistItem',
        parameters: [
          {
            $ref: '#/components/parameters/releaseId',
          },
          {
            name: 'itemId',
            in: 'path',
            required: true,
            schema: {
              $ref: '#/components/schemas/Id',
            },
          },
        ],
        requestBody: {
          required: true,
          content: {
            'application/json': {
              schema: {
                type: 'object',
                additionalProperties: false,
                properties: {
                  state: {
                    $ref: '#/components/schemas/ChecklistItemState',
                  },
                  note: {
                    type: ['string', 'null'],
                    maxLength: 4000,
                  },
                  evidenceUrl: {
                    oneOf: [
                      {
                        $ref: '#/components/schemas/HttpUrl',
                      },
                      {
                        type: 'null',
                      },
                    ],
                  },
                  revision: {
                    description:
                      'When given, the write only succeeds if the release still has this revision.',
                    type: 'integer',
                    minimum: 1,
                  },
                },
              },
            },
          },
        },
        responses: {
          '200': {
            description: 'The updated item.',
            content: {
              'application/json': {
                schema: {
                  $ref: '#/components/schemas/ChecklistItem',
                },
              },
            },
          },
          default: {
            $ref: '#/components/responses/ErrorResponse',
          },
        },
      },
    },
    '/releases/{id}/activity': {
      get: {
        operationId: 'GetReleaseActivity',
        parameters: [
          {
            $ref: '#/components/parameters/releaseId',
          },
          {
            name: 'limit',
            in: 'query',
            schema: {
              type: 'integer',
              minimum: 1,
              maximum: 500,
            },
          },
        ],
        responses: {
          '200': {
            description: "The release's activity, newest first.",
            content: {
              'application/json': {
                schema: {
                  type: 'object',
                  additionalProperties: false,
                  required: ['items'],
                  properties: {
                    items: {
                      type: 'array',
                      items: {
                        $ref: '#/components/schemas/ActivityEntry',
                      },
                    },
                  },
                },
              },
            },
          },
          default: {
            $ref: '#/components/responses/ErrorResponse',
          },
        },
      },
    },
    '/templates': {
      get: {
        operationId: 'ListTemplates',
        responses: {
          '200': {
            description: 'Checklist templates.',
            content: {
              'application/json': {
                schema: {
                  type: 'object',
                  additionalProperties: false,
                  required: ['items'],
                  properties: {
                    items: {
                      type: 'array',
                      items: {
                        $ref: '#/components/schemas/ChecklistTemplate',
                      },
                    },
                  },
                },
              },
            },
          },
          default: {
            $ref: '#/components/responses/ErrorResponse',
          },
        },
      },
    },
    '/releases/{id}/insights': {
      get: {
        operationId: 'GetReleaseInsights',
        description:
          'Dependencies and dependents of each component from the catalog, the suggested release order, warnings and conflicts. Answers 200 with `degraded: true` when the catalog cannot be read.\n',
        parameters: [
          {
            $ref: '#/components/parameters/releaseId',
          },
        ],
        responses: {
          '200': {
            description: 'The insights.',
            content: {
              'application/json': {
                schema: {
                  $ref: '#/components/schemas/ReleaseInsights',
                },
              },
            },
          },
          default: {
            $ref: '#/components/responses/ErrorResponse',
          },
        },
      },
    },
    '/freezes': {
      get: {
        operationId: 'ListFreezes',
        description:
          'Freeze windows, from the API and from app-config; with from and to, those with an occurrence in the range.',
        parameters: [
          {
            $ref: '#/components/parameters/from',
          },
          {
            $ref: '#/components/parameters/to',
          },
        ],
        responses: {
          '200': {
            description: 'Freeze windows.',
            content: {
              'application/json': {
                schema: {
                  type: 'object',
                  additionalProperties: false,
                  required: ['items'],
                  properties: {
                    items: {
                      type: 'array',
                      items: {
                        $ref: '#/components/schemas/FreezeWindow',
                      },
                    },
                  },
                },
              },
            },
          },
          default: {
            $ref: '#/components/responses/ErrorResponse',
          },
        },
      },
      post: {
        operationId: 'CreateFreeze',
        requestBody: {
          required: true,
          content: {
            'application/json': {
              schema: {
                $ref: '#/components/schemas/FreezeInput',
              },
            },
          },
        },
        responses: {
          '201': {
            description: 'The created freeze window.',
            content: {
              'application/json': {
                schema: {
                  $ref: '#/components/schemas/FreezeWindow',
                },
              },
            },
          },
          default: {
            $ref: '#/components/responses/ErrorResponse',
          },
        },
      },
    },
    '/freezes/active': {
      get: {
        operationId: 'GetActiveFreezes',
        description:
          'Whether an entity is frozen now, and by which windows; for CI pipelines to ask before deploying.',
        parameters: [
          {
            name: 'entityRef',
            in: 'query',
            required: true,
            allowReserved: true,
            schema: {
              $ref: '#/components/schemas/EntityRef',
            },
          },
        ],
        responses: {
          '200': {
            description: 'The verdict.',
            content: {
              'application/json': {
                schema: {
                  type: 'object',
                  additionalProperties: false,
                  required: ['entityRef', 'frozen', 'windows'],
                  properties: {
                    entityRef: {
                      type: 'string',
                    },
                    frozen: {
                      type: 'boolean',
                    },
                    windows: {
                      type: 'array',
                      items: {
                        $ref: '#/components/schemas/FreezeOccurrence',
                      },
                    },
                  },
                },
              },
            },
          },
          default: {
            $ref: '#/components/responses/ErrorResponse',
          },
        },
      },
    },
    '/freezes/{freezeId}': {
      patch: {
        operationId: 'UpdateFreeze',
        parameters: [
          {
            $ref: '#/components/parameters/freezeId',
          },
        ],
        requestBody: {
          required: true,
          content: {
            'application/json': {
              schema: {
                $ref: '#/components/schemas/FreezeUpdate',
              },
            },
          },
        },
        responses: {
          '200': {
            description: 'The updated freeze window.',
            content: {
              'application/json': {
                schema: {
                  $ref: '#/components/schemas/FreezeWindow',
                },
              },
            },
          },
          default: {
            $ref: '#/components/responses/ErrorResponse',
          },
        },
      },
      delete: {
        operationId: 'DeleteFreeze',
        parameters: [
          {
            $ref: '#/components/parameters/freezeId',
          },
        ],
        responses: {
          '204': {
            description: 'Deleted.',
          },
          default: {
            $ref: '#/components/responses/ErrorResponse',
          },
        },
      },
    },
    '/releases/{id}/decisions': {
      post: {
        operationId: 'RecordDecision',
        description:
          'Records a go/no-go decision with a snapshot of the readiness at that moment.',
        parameters: [
          {
            $ref: '#/components/parameters/releaseId',
          },
        ],
        requestBody: {
          required: true,
          content: {
            'application/json': {
              schema: {
                type: 'object',
                additionalProperties: false,
                required: ['decision', 'rationale'],
                properties: {
                  decision: {
                    type: 'string',
                    enum: ['go', 'no_go'],
                  },
                  rationale: {
                    type: 'string',
                    minLength: 1,
                    maxLength: 4000,
                  },
                  attendees: {
                    type: 'array',
                    maxItems: 100,
                    items: {
                      $ref: '#/components/schemas/EntityRef',
                    },
                  },
                },
              },
            },
          },
        },
        responses: {
          '201': {
            description: 'The decision.',
            content: {
              'application/json': {
                schema: {
                  $ref: '#/components/schemas/Decision',
                },
              },
            },
          },
          default: {
            $ref: '#/components/responses/ErrorResponse',
          },
        },
      },
    },
    '/releases/{id}/outcome': {
      put: {
        operationId: 'RecordOutcome',
        description:
          'Records the outcome and retrospective. An in-progress release becomes released (success, partial, failed) or rolled_back (rolled_back); a finished one has its outcome amended.\n',
        parameters: [
          {
            $ref: '#/components/parameters/releaseId',
          },
        ],
        requestBody: {
          required: true,
          content: {
            'application/json': {
              schema: {
                type: 'object',
                additionalProperties: false,
                required: ['result', 'releasedAt'],
                properties: {
                  result: {
                    $ref: '#/components/schemas/OutcomeResult',
                  },
                  releasedAt: {
                    $ref: '#/components/schemas/Timestamp',
                  },
                  incidents: {
                    type: 'array',
                    maxItems: 50,
                    items: {
                      $ref: '#/components/schemas/Incident',
                    },
                  },
                  lessonsLearned: {
                    type: 'string',
                    maxLength: 20000,
                  },
                  actionItems: {
                    type: 'array',
                    maxItems: 50,
                    items: {
                      $ref: '#/components/schemas/ActionItem',
                    },
                  },
                  revision: {
                    type: 'integer',
                    minimum: 1,
                  },
                },
              },
            },
          },
        },
        responses: {
          '200': {
            description: 'The release with its outcome.',
            content: {
              'application/json': {
                schema: {
                  $ref: '#/components/schemas/Release',
                },
              },
            },
          },
          default: {
            $ref: '#/components/responses/ErrorResponse',
          },
        },
      },
    },
    '/metrics': {
      get: {
        operationId: 'GetMetrics',
        description:
          'Metrics of the releases completed in [from, to) (default the last year), overall, per month and per owning team.',
        parameters: [
          {
            $ref: '#/components/parameters/from',
          },
          {
            $ref: '#/components/parameters/to',
          },
          {
            $ref: '#/components/parameters/owner',
          },
          {
            $ref: '#/components/parameters/entityRef',
          },
        ],
        responses: {
          '200': {
            description: 'The metrics.',
            content: {
              'application/json': {
                schema: {
                  $ref: '#/components/schemas/ReleaseMetrics',
                },
              },
            },
          },
          default: {
            $ref: '#/components/responses/ErrorResponse',
          },
        },
      },
    },
    '/calendar': {
      get: {
        operationId: 'GetCalendar',
        description:
          'Releases whose windows overlap [from, to), freeze occurrences in it (recurring ones expanded) and the conflicts the database can tell among them (same component, freeze, same owner).\n',
        parameters: [
          {
            name: 'from',
            in: 'query',
            allowReserved: true,
            required: true,
            schema: {
              type: 'string',
              format: 'date-time',
            },
          },
          {
            name: 'to',
            in: 'query',
            allowReserved: true,
            required: true,
            schema: {
              type: 'string',
              format: 'date-time',
            },
          },
          {
            $ref: '#/components/parameters/owner',
          },
          {
            $ref: '#/components/parameters/entityRef',
          },
        ],
        responses: {
          '200': {
            description: 'The calendar.',
            content: {
              'application/json': {
                schema: {
                  $ref: '#/components/schemas/Calendar',
                },
              },
            },
          },
          default: {
            $ref: '#/components/responses/ErrorResponse',
          },
        },
      },
    },
    '/feeds': {
      get: {
        operationId: 'ListFeeds',
        description:
          "The signed-in user's live calendar feeds (their URLs cannot be shown again).",
        responses: {
          '200': {
            description: 'Feeds.',
            content: {
              'application/json': {
                schema: {
                  type: 'object',
                  additionalProperties: false,
                  required: ['items'],
                  properties: {
                    items: {
                      type: 'array',
                      items: {
                        $ref: '#/components/schemas/Feed',
                      },
                    },
                  },
                },
              },
            },
          },
          default: {
            $ref: '#/components/responses/ErrorResponse',
          },
        },
      },
      post: {
        operationId: 'CreateFeed',
        description:
          'Creates a secret calendar feed URL for the signed-in user.',
        requestBody: {
          required: true,
          content: {
            'application/json': {
              schema: {
                type: 'object',
                additionalProperties: false,
                properties: {
                  owner: {
                    $ref: '#/components/schemas/EntityRef',
                  },
                  entityRef: {
                    $ref: '#/components/schemas/EntityRef',
                  },
                  includeFreezes: {
                    type: 'boolean',
                  },
                },
              },
            },
          },
        },
        responses: {
          '201': {
            description: "The feed's id and secret URL.",
            content: {
              'application/json': {
                schema: {
                  type: 'object',
                  additionalProperties: false,
                  required: ['id', 'url'],
                  properties: {
                    id: {
                      type: 'string',
                    },
                    url: {
                      type: 'string',
                    },
                  },
                },
              },
            },
          },
          default: {
            $ref: '#/components/responses/ErrorResponse',
          },
        },
      },
    },
    '/feeds/{feedId}': {
      delete: {
        operationId: 'RevokeFeed',
        parameters: [
          {
            name: 'feedId',
            in: 'path',
            required: true,
            schema: {
              $ref: '#/components/schemas/Id',
            },
          },
        ],
        responses: {
          '204': {
            description: 'Revoked.',
          },
          default: {
            $ref: '#/components/responses/ErrorResponse',
          },
        },
      },
    },
    '/feeds/{token}/calendar.ics': {
      get: {
        operationId: 'GetFeedCalendar',
        description:
          'The feed as iCalendar. Needs no Backstage token; the secret token in the path is the credential.',
        parameters: [
          {
            name: 'token',
            in: 'path',
            required: true,
            schema: {
              type: 'string',
              minLength: 20,
              maxLength: 100,
              pattern: '^[A-Za-z0-9_-]+$',
            },
          },
        ],
        responses: {
          '200': {
            description: 'The iCalendar feed.',
            content: {
              'text/calendar': {
                schema: {
                  type: 'string',
                },
              },
            },
          },
          default: {
            $ref: '#/components/responses/ErrorResponse',
          },
        },
      },
    },
  },
  components: {
    parameters: {
      freezeId: {
        name: 'freezeId',
        in: 'path',
        required: true,
        schema: {
          type: 'string',
          minLength: 1,
          maxLength: 100,
          pattern: '^[A-Za-z0-9_:.-]+$',
        },
      },
      releaseId: {
        name: 'id',
        in: 'path',
        required: true,
        schema: {
          $ref: '#/components/schemas/Id',
        },
      },
      entityRef: {
        name: 'entityRef',
        in: 'query',
        allowReserved: true,
        description:
          'Releases that include this component, or any component of this system.',
        schema: {
          $ref: '#/components/schemas/EntityRef',
        },
      },
      owner: {
        name: 'owner',
        in: 'query',
        allowReserved: true,
        description: 'Releases owned by this user or group.',
        schema: {
          $ref: '#/components/schemas/EntityRef',
        },
      },
      from: {
        name: 'from',
        in: 'query',
        allowReserved: true,
        description: 'Releases whose window ends at or after this time.',
        schema: {
          type: 'string',
          format: 'date-time',
        },
      },
      to: {
        name: 'to',
        in: 'query',
        allowReserved: true,
        description: 'Releases whose window starts before this time.',
        schema: {
          type: 'string',
          format: 'date-time',
        },
      },
    },
    responses: {
      ErrorResponse: {
        description: "An error, as Backstage's error handler writes it.",
        content: {
          'application/json': {
            schema: {
              $ref: '#/components/schemas/Error',
            },
          },
        },
      },
    },
    schemas: {
      Error: {
        description: "As Backstage's error handler writes it.",
        type: 'object',
        additionalProperties: false,
        required: ['error'],
        properties: {
          error: {
            type: 'object',
            required: ['name', 'message'],
            properties: {
              name: {
                type: 'string',
              },
              message: {
                type: 'string',
              },
            },
          },
          request: {
            type: 'object',
            properties: {
              method: {
                type: 'string',
              },
              url: {
                type: 'string',
              },
            },
          },
          response: {
            type: 'object',
            properties: {
              statusCode: {
                type: 'integer',
              },
            },
          },
        },
      },
      Id: {
        type: 'string',
        minLength: 1,
        maxLength: 64,
        pattern: '^[A-Za-z0-9_-]+$',
      },
      Title: {
        type: 'string',
        minLength: 1,
        maxLength: 200,
      },
      EntityRef: {
        description: 'A full entity ref, `kind:namespace/name`.',
        type: 'string',
        minLength: 3,
        maxLength: 255,
        pattern: '^[A-Za-z0-9_.-]+:([A-Za-z0-9_.-]+/)?[A-Za-z0-9_.-]+$',
      },
      HttpUrl: {
        type: 'string',
        maxLength: 2000,
        pattern: '^https?://',
      },
      Timestamp: {
        type: 'string',
        format: 'date-time',
      },
      ReleaseStatus: {
        type: 'string',
        enum: [
          'draft',
          'planned',
          'in_progress',
          'released',
          'rolled_back',
          'cancelled',
        ],
      },
      ChecklistCategory: {
        type: 'string',
        enum: [
          'planning',
          'coordination',
          'communication',
          'validation',
          'execution',
          'follow_up',
        ],
      },
      ChecklistItemState: {
        type: 'string',
        enum: ['open', 'done', 'not_applicable'],
      },
      RiskLevel: {
        type: 'string',
        enum: ['low', 'medium', 'high'],
      },
      Risk: {
        type: 'object',
        additionalProperties: false,
        required: ['title', 'likelihood', 'impact'],
        properties: {
          title: {
            $ref: '#/components/schemas/Title',
          },
          likelihood: {
            $ref: '#/components/schemas/RiskLevel',
          },
          impact: {
            $ref: '#/components/schemas/RiskLevel',
          },
          mitigation: {
            type: 'string',
            maxLength: 2000,
          },
        },
      },
      CreateReleaseRequest: {
        type: 'object',
        additionalProperties: false,
        required: [
          'title',
          'version',
          'windowStart',
          'windowEnd',
          'owner',
          'components',
        ],
        properties: {
          title: {
            $ref: '#/components/schemas/Title',
          },
          version: {
            type: 'string',
            minLength: 1,
            maxLength: 64,
          },
          windowStart: {
            $ref: '#/components/schemas/Timestamp',
          },
          windowEnd: {
            description:
              'After windowStart and at most 90 days after it (a release window, not a project).',
            $ref: '#/components/schemas/Timestamp',
          },
          owner: {
            $ref: '#/components/schemas/EntityRef',
          },
          components: {
            type: 'array',
            maxItems: 200,
            items: {
              $ref: '#/components/schemas/EntityRef',
            },
          },
          description: {
            type: 'string',
            maxLength: 20000,
          },
          risks: {
            type: 'array',
            maxItems: 50,
            items: {
              $ref: '#/components/schemas/Risk',
            },
          },
          stakeholders: {
            type: 'array',
            maxItems: 100,
            items: {
              $ref: '#/components/schemas/EntityRef',
            },
          },
          templateId: {
            $ref: '#/components/schemas/Id',
          },
        },
      },
      UpdateReleaseRequest: {
        type: 'object',
        additionalProperties: false,
        required: ['revision'],
        properties: {
          revision: {
            type: 'integer',
            minimum: 1,
          },
          title: {
            $ref: '#/components/schemas/Title',
          },
          version: {
            type: 'string',
            minLength: 1,
            maxLength: 64,
          },
          windowStart: {
            $ref: '#/components/schemas/Timestamp',
          },
          windowEnd: {
            description:
              'After windowStart and at most 90 days after it (a release window, not a project).',
            $ref: '#/components/schemas/Timestamp',
          },
          owner: {
            $ref: '#/components/schemas/EntityRef',
          },
          description: {
            type: 'string',
            maxLength: 20000,
          },
          risks: {
            type: 'array',
            maxItems: 50,
            items: {
              $ref: '#/components/schemas/Risk',
            },
          },
          stakeholders: {
            type: 'array',
            maxItems: 100,
            items: {
              $ref: '#/components/schemas/EntityRef',
            },
          },
        },
      },
      ReadinessSummary: {
        type: 'object',
        additionalProperties: false,
        required: ['ready', 'percent', 'total', 'settled', 'requiredOpen'],
        properties: {
          ready: {
            type: 'boolean',
          },
          percent: {
            type: 'integer',
          },
          total: {
            type: 'integer',
          },
          settled: {
            type: 'integer',
          },
          requiredOpen: {
            type: 'integer',
          },
        },
      },
      ComponentReadiness: {
        type: 'object',
        additionalProperties: false,
        required: [
          'componentRef',
          'ready',
          'percent',
          'total',
          'settled',
          'requiredOpen',
        ],
        properties: {
          componentRef: {
            type: 'string',
          },
          ready: {
            type: 'boolean',
          },
          percent: {
            type: 'integer',
          },
          total: {
            type: 'integer',
          },
          settled: {
            type: 'integer',
          },
          requiredOpen: {
            type: 'integer',
          },
        },
      },
      ReleaseReadiness: {
        type: 'object',
        additionalProperties: false,
        required: [
          'ready',
          'percent',
          'total',
          'settled',
          'requiredOpen',
          'components',
          'release',
        ],
        properties: {
          ready: {
            type: 'boolean',
          },
          percent: {
            type: 'integer',
          },
          total: {
            type: 'integer',
          },
          settled: {
            type: 'integer',
          },
          requiredOpen: {
            type: 'integer',
          },
          components: {
            type: 'array',
            items: {
              $ref: '#/components/schemas/ComponentReadiness',
            },
          },
          release: {
            $ref: '#/components/schemas/ReadinessSummary',
          },
        },
      },
      ReleaseSummary: {
        type: 'object',
        additionalProperties: false,
        required: [
          'id',
          'title',
          'version',
          'status',
          'owner',
          'windowStart',
          'windowEnd',
          'components',
          'templateId',
          'revision',
          'readiness',
          'createdAt',
          'createdBy',
          'updatedAt',
          'updatedBy',
        ],
        properties: {
          id: {
            type: 'string',
          },
          title: {
            type: 'string',
          },
          version: {
            type: 'string',
          },
          status: {
            $ref: '#/components/schemas/ReleaseStatus',
          },
          owner: {
            type: 'string',
          },
          windowStart: {
            type: 'string',
          },
          windowEnd: {
            type: 'string',
          },
          components: {
            type: 'array',
            items: {
              type: 'string',
            },
          },
          templateId: {
            type: 'string',
          },
          revision: {
            type: 'integer',
          },
          readiness: {
            $ref: '#/components/schemas/ReadinessSummary',
          },
          createdAt: {
            type: 'string',
          },
          createdBy: {
            type: 'string',
          },
          updatedAt: {
            type: 'string',
          },
          updatedBy: {
            type: 'string',
          },
        },
      },
      CalendarRelease: {
        description:
          'A release summary without its template and authorship, as the calendar carries it.',
        type: 'object',
        additionalProperties: false,
        required: [
          'id',
          'title',
          'version',
          'status',
          'owner',
          'windowStart',
          'windowEnd',
          'components',
          'revision',
          'readiness',
          'updatedAt',
        ],
        properties: {
          id: {
            type: 'string',
          },
          title: {
            type: 'string',
          },
          version: {
            type: 'string',
          },
          status: {
            $ref: '#/components/schemas/ReleaseStatus',
          },
          owner: {
            type: 'string',
          },
          windowStart: {
            type: 'string',
          },
          windowEnd: {
            type: 'string',
          },
          components: {
            type: 'array',
            items: {
              type: 'string',
            },
          },
          revision: {
            type: 'integer',
          },
          readiness: {
            $ref: '#/components/schemas/ReadinessSummary',
          },
          updatedAt: {
            type: 'string',
          },
        },
      },
      Release: {
        type: 'object',
        additionalProperties: false,
        required: [
          'id',
          'title',
          'version',
          'status',
          'owner',
          'windowStart',
          'windowEnd',
          'components',
          'templateId',
          'revision',
          'readiness',
          'description',
          'risks',
          'stakeholders',
          'checklist',
          'decisions',
          'outcome',
          'createdAt',
          'createdBy',
          'updatedAt',
          'updatedBy',
        ],
        properties: {
          id: {
            type: 'string',
          },
          title: {
            type: 'string',
          },
          version: {
            type: 'string',
          },
          status: {
            $ref: '#/components/schemas/ReleaseStatus',
          },
          owner: {
            type: 'string',
          },
          windowStart: {
            type: 'string',
          },
          windowEnd: {
            type: 'string',
          },
          components: {
            type: 'array',
            items: {
              type: 'string',
            },
          },
          templateId: {
            type: 'string',
          },
          revision: {
            type: 'integer',
          },
          readiness: {
            $ref: '#/components/schemas/ReleaseReadiness',
          },
          description: {
            type: 'string',
          },
          risks: {
            type: 'array',
            items: {
              $ref: '#/components/schemas/Risk',
            },
          },
          stakeholders: {
            type: 'array',
            items: {
              type: 'string',
            },
          },
          access: {
            description:
              'What the caller may do with the release (only in GET /releases/{id}).',
            type: 'object',
            additionalProperties: false,
            required: ['update', 'delete', 'updatableItemIds'],
            properties: {
              update: {
                type: 'boolean',
              },
              delete: {
                type: 'boolean',
              },
              updatableItemIds: {
                type: 'array',
                items: {
                  type: 'string',
                },
              },
            },
          },
          decisions: {
            type: 'array',
            items: {
              $ref: '#/components/schemas/Decision',
            },
          },
          outcome: {
            oneOf: [
              {
                $ref: '#/components/schemas/Outcome',
              },
              {
                type: 'null',
              },
            ],
          },
          checklist: {
            type: 'array',
            items: {
              $ref: '#/components/schemas/ChecklistItem',
            },
          },
          createdAt: {
            type: 'string',
          },
          createdBy: {
            type: 'string',
          },
          updatedAt: {
            type: 'string',
          },
          updatedBy: {
            type: 'string',
          },
        },
      },
      ChecklistItem: {
        type: 'object',
        additionalProperties: false,
        required: [
          'id',
          'releaseId',
          'componentRef',
          'title',
          'category',
          'required',
          'assignee',
          'state',
          'note',
          'evidenceUrl',
          'doneBy',
          'doneAt',
          'source',
          'createdAt',
          'updatedAt',
        ],
        properties: {
          id: {
            type: 'string',
          },
          releaseId: {
            type: 'string',
          },
          componentRef: {
            type: ['string', 'null'],
          },
          title: {
            type: 'string',
          },
          category: {
            $ref: '#/components/schemas/ChecklistCategory',
          },
          required: {
            type: 'boolean',
          },
          assignee: {
            type: ['string', 'null'],
          },
          state: {
            $ref: '#/components/schemas/ChecklistItemState',
          },
          note: {
            type: ['string', 'null'],
          },
          evidenceUrl: {
            type: ['string', 'null'],
          },
          doneBy: {
            type: ['string', 'null'],
          },
          doneAt: {
            type: ['string', 'null'],
          },
          source: {
            type: 'string',
          },
          createdAt: {
            type: 'string',
          },
          updatedAt: {
            type: 'string',
          },
        },
      },
      ActivityEntry: {
        type: 'object',
        additionalProperties: false,
        required: ['id', 'releaseId', 'action', 'actor', 'at', 'summary'],
        properties: {
          id: {
            type: 'string',
          },
          releaseId: {
            type: 'string',
          },
          action: {
            type: 'string',
          },
          actor: {
            type: 'string',
          },
          at: {
            type: 'string',
          },
          summary: {
            type: 'string',
          },
          before: {},
          after: {},
        },
      },
      ChecklistTemplateItem: {
        type: 'object',
        additionalProperties: false,
        required: ['title', 'category', 'required'],
        properties: {
          title: {
            type: 'string',
          },
          category: {
            $ref: '#/components/schemas/ChecklistCategory',
          },
          required: {
            type: 'boolean',
          },
        },
      },
      ChecklistTemplate: {
        type: 'object',
        additionalProperties: false,
        required: ['id', 'title', 'releaseItems', 'componentItems'],
        properties: {
          id: {
            type: 'string',
          },
          title: {
            type: 'string',
          },
          description: {
            type: 'string',
          },
          releaseItems: {
            type: 'array',
            items: {
              $ref: '#/components/schemas/ChecklistTemplateItem',
            },
          },
          componentItems: {
            type: 'array',
            items: {
              $ref: '#/components/schemas/ChecklistTemplateItem',
            },
          },
        },
      },
      FreezeInput: {
        type: 'object',
        additionalProperties: false,
        required: ['title', 'reason', 'start', 'end'],
        properties: {
          title: {
            $ref: '#/components/schemas/Title',
          },
          reason: {
            type: 'string',
            minLength: 1,
            maxLength: 2000,
          },
          start: {
            $ref: '#/components/schemas/Timestamp',
          },
          end: {
            $ref: '#/components/schemas/Timestamp',
          },
          recurrence: {
            description:
              'An RFC 5545 RRULE such as FREQ=WEEKLY;BYDAY=FR; each occurrence lasts end - start.',
            type: ['string', 'null'],
            maxLength: 500,
          },
          entityRefs: {
            description:
              'Systems, components or groups; empty or absent means the whole organisation.',
            type: 'array',
            maxItems: 200,
            items: {
              $ref: '#/components/schemas/EntityRef',
            },
          },
        },
      },
      FreezeUpdate: {
        type: 'object',
        additionalProperties: false,
        required: ['revision'],
        properties: {
          revision: {
            type: 'integer',
            minimum: 1,
          },
          title: {
            $ref: '#/components/schemas/Title',
          },
          reason: {
            type: 'string',
            minLength: 1,
            maxLength: 2000,
          },
          start: {
            $ref: '#/components/schemas/Timestamp',
          },
          end: {
            $ref: '#/components/schemas/Timestamp',
          },
          recurrence: {
            type: ['string', 'null'],
            maxLength: 500,
          },
          entityRefs: {
            type: 'array',
            maxItems: 200,
            items: {
              $ref: '#/components/schemas/EntityRef',
            },
          },
        },
      },
      FreezeWindow: {
        type: 'object',
        additionalProperties: false,
        required: [
          'id',
          'title',
          'reason',
          'start',
          'end',
          'recurrence',
          'entityRefs',
          'source',
          'revision',
          'createdBy',
        ],
        properties: {
          id: {
            type: 'string',
          },
          title: {
            type: 'string',
          },
          reason: {
            type: 'string',
          },
          start: {
            type: 'string',
          },
          end: {
            type: 'string',
          },
          recurrence: {
            type: ['string', 'null'],
          },
          entityRefs: {
            type: 'array',
            items: {
              type: 'string',
            },
          },
          source: {
            type: 'string',
            enum: ['api', 'config'],
          },
          revision: {
            type: 'integer',
          },
          createdBy: {
            type: ['string', 'null'],
          },
        },
      },
      FreezeOccurrence: {
        type: 'object',
        additionalProperties: false,
        required: ['freezeId', 'title', 'reason', 'start', 'end', 'entityRefs'],
        properties: {
          freezeId: {
            type: 'string',
          },
          title: {
            type: 'string',
          },
          reason: {
            type: 'string',
          },
          start: {
            type: 'string',
          },
          end: {
            type: 'string',
          },
          entityRefs: {
            type: 'array',
            items: {
              type: 'string',
            },
          },
        },
      },
      Conflict: {
        type: 'object',
        additionalProperties: false,
        required: ['kind', 'message', 'releaseIds', 'entityRefs', 'overlap'],
        properties: {
          kind: {
            type: 'string',
            enum: [
              'same_component',
              'freeze',
              'dependency_overlap',
              'owner_overlap',
            ],
          },
          message: {
            type: 'string',
          },
          releaseIds: {
            type: 'array',
            items: {
              type: 'string',
            },
          },
          entityRefs: {
            type: 'array',
            items: {
              type: 'string',
            },
          },
          freezeId: {
            type: 'string',
          },
          overlap: {
            type: 'object',
            additionalProperties: false,
            required: ['start', 'end'],
            properties: {
              start: {
                type: 'string',
              },
              end: {
                type: 'string',
              },
            },
          },
        },
      },
      RelatedEntity: {
        type: 'object',
        additionalProperties: false,
        required: ['entityRef', 'owner', 'via', 'inRelease'],
        properties: {
          entityRef: {
            type: 'string',
          },
          owner: {
            type: ['string', 'null'],
          },
          via: {
            type: 'string',
          },
          inRelease: {
            type: 'boolean',
          },
        },
      },
      ComponentInsight: {
        type: 'object',
        additionalProperties: false,
        required: [
          'entityRef',
          'owner',
          'system',
          'dependencies',
          'dependents',
        ],
        properties: {
          entityRef: {
            type: 'string',
          },
          owner: {
            type: ['string', 'null'],
          },
          system: {
            type: ['string', 'null'],
          },
          dependencies: {
            type: 'array',
            items: {
              $ref: '#/components/schemas/RelatedEntity',
            },
          },
          dependents: {
            type: 'array',
            items: {
              $ref: '#/components/schemas/RelatedEntity',
            },
          },
        },
      },
      InsightWarning: {
        type: 'object',
        additionalProperties: false,
        required: ['kind', 'message', 'entityRefs'],
        properties: {
          kind: {
            type: 'string',
            enum: [
              'ordering_risk',
              'uninformed_dependents',
              'dependency_cycle',
            ],
          },
          message: {
            type: 'string',
          },
          entityRefs: {
            type: 'array',
            items: {
              type: 'string',
            },
          },
          releaseIds: {
            type: 'array',
            items: {
              type: 'string',
            },
          },
        },
      },
      ReleaseInsights: {
        type: 'object',
        additionalProperties: false,
        required: [
          'releaseId',
          'degraded',
          'components',
          'suggestedOrder',
          'cycles',
          'warnings',
          'conflicts',
        ],
        properties: {
          releaseId: {
            type: 'string',
          },
          degraded: {
            type: 'boolean',
          },
          message: {
            type: 'string',
          },
          components: {
            type: 'array',
            items: {
              $ref: '#/components/schemas/ComponentInsight',
            },
          },
          suggestedOrder: {
            type: 'array',
            items: {
              type: 'string',
            },
          },
          cycles: {
            type: 'array',
            items: {
              type: 'array',
              items: {
                type: 'string',
              },
            },
          },
          warnings: {
            type: 'array',
            items: {
              $ref: '#/components/schemas/InsightWarning',
            },
          },
          conflicts: {
            type: 'array',
            items: {
              $ref: '#/components/schemas/Conflict',
            },
          },
        },
      },
      OutcomeResult: {
        type: 'string',
        enum: ['success', 'partial', 'failed', 'rolled_back'],
      },
      Incident: {
        type: 'object',
        additionalProperties: false,
        required: ['title'],
        properties: {
          title: {
            $ref: '#/components/schemas/Title',
          },
          url: {
            $ref: '#/components/schemas/HttpUrl',
          },
        },
      },
      ActionItem: {
        type: 'object',
        additionalProperties: false,
        required: ['title', 'carryForward'],
        properties: {
          title: {
            $ref: '#/components/schemas/Title',
          },
          carryForward: {
            type: 'boolean',
          },
        },
      },
      Decision: {
        type: 'object',
        additionalProperties: false,
        required: [
          'id',
          'releaseId',
          'decision',
          'rationale',
          'attendees',
          'decidedBy',
          'decidedAt',
          'readiness',
        ],
        properties: {
          id: {
            type: 'string',
          },
          releaseId: {
            type: 'string',
          },
          decision: {
            type: 'string',
            enum: ['go', 'no_go'],
          },
          rationale: {
            type: 'string',
          },
          attendees: {
            type: 'array',
            items: {
              type: 'string',
            },
          },
          decidedBy: {
            type: 'string',
          },
          decidedAt: {
            type: 'string',
          },
          readiness: {
            $ref: '#/components/schemas/ReadinessSummary',
          },
        },
      },
      Outcome: {
        type: 'object',
        additionalProperties: false,
        required: [
          'result',
          'releasedAt',
          'incidents',
          'lessonsLearned',
          'actionItems',
          'recordedBy',
          'recordedAt',
        ],
        properties: {
          result: {
            $ref: '#/components/schemas/OutcomeResult',
          },
          releasedAt: {
            type: 'string',
          },
          incidents: {
            type: 'array',
            items: {
              $ref: '#/components/schemas/Incident',
            },
          },
          lessonsLearned: {
            type: 'string',
          },
          actionItems: {
            type: 'array',
            items: {
              $ref: '#/components/schemas/ActionItem',
            },
          },
          recordedBy: {
            type: 'string',
          },
          recordedAt: {
            type: 'string',
          },
        },
      },
      MetricsSummary: {
        type: 'object',
        additionalProperties: false,
        required: [
          'completed',
          'onTimeRate',
          'averageSlipHours',
          'p90SlipHours',
          'changeFailureRate',
          'averageLeadTimeHours',
          'averageReadinessLeadTimeHours',
        ],
        properties: {
          completed: {
            type: 'integer',
          },
          onTimeRate: {
            type: ['number', 'null'],
          },
          averageSlipHours: {
            type: ['number', 'null'],
          },
          p90SlipHours: {
            type: ['number', 'null'],
          },
          changeFailureRate: {
            type: ['number', 'null'],
          },
          averageLeadTimeHours: {
            type: ['number', 'null'],
          },
          averageReadinessLeadTimeHours: {
            type: ['number', 'null'],
          },
        },
      },
      MonthlyMetrics: {
        type: 'object',
        additionalProperties: false,
        required: [
          'month',
          'completed',
          'onTimeRate',
          'averageSlipHours',
          'p90SlipHours',
          'changeFailureRate',
          'averageLeadTimeHours',
          'averageReadinessLeadTimeHours',
        ],
        properties: {
          month: {
            type: 'string',
          },
          completed: {
            type: 'integer',
          },
          onTimeRate: {
            type: ['number', 'null'],
          },
          averageSlipHours: {
            type: ['number', 'null'],
          },
          p90SlipHours: {
            type: ['number', 'null'],
          },
          changeFailureRate: {
            type: ['number', 'null'],
          },
          averageLeadTimeHours: {
            type: ['number', 'null'],
          },
          averageReadinessLeadTimeHours: {
            type: ['number', 'null'],
          },
        },
      },
      TeamMetrics: {
        type: 'object',
        additionalProperties: false,
        required: [
          'owner',
          'completed',
          'onTimeRate',
          'averageSlipHours',
          'p90SlipHours',
          'changeFailureRate',
          'averageLeadTimeHours',
          'averageReadinessLeadTimeHours',
        ],
        properties: {
          owner: {
            type: 'string',
          },
          completed: {
            type: 'integer',
          },
          onTimeRate: {
            type: ['number', 'null'],
          },
          averageSlipHours: {
            type: ['number', 'null'],
          },
          p90SlipHours: {
            type: ['number', 'null'],
          },
          changeFailureRate: {
            type: ['number', 'null'],
          },
          averageLeadTimeHours: {
            type: ['number', 'null'],
          },
          averageReadinessLeadTimeHours: {
            type: ['number', 'null'],
          },
        },
      },
      ReleaseMetrics: {
        type: 'object',
        additionalProperties: false,
        required: ['from', 'to', 'overall', 'byMonth', 'byTeam'],
        properties: {
          from: {
            type: 'string',
          },
          to: {
            type: 'string',
          },
          overall: {
            $ref: '#/components/schemas/MetricsSummary',
          },
          byMonth: {
            type: 'array',
            items: {
              $ref: '#/components/schemas/MonthlyMetrics',
            },
          },
          byTeam: {
            type: 'array',
            items: {
              $ref: '#/components/schemas/TeamMetrics',
            },
          },
        },
      },
      Feed: {
        type: 'object',
        additionalProperties: false,
        required: ['id', 'includeFreezes'],
        properties: {
          id: {
            type: 'string',
          },
          owner: {
            type: 'string',
          },
          entityRef: {
            type: 'string',
          },
          includeFreezes: {
            type: 'boolean',
          },
        },
      },
      Calendar: {
        type: 'object',
        additionalProperties: false,
        required: [
          'from',
          'to',
          'releases',
          'freezes',
          'conflicts',
          'truncated',
        ],
        properties: {
          from: {
            type: 'string',
          },
          to: {
            type: 'string',
          },
          releases: {
            type: 'array',
            items: {
              $ref: '#/components/schemas/CalendarRelease',
            },
          },
          freezes: {
            type: 'array',
            items: {
              $ref: '#/components/schemas/FreezeOccurrence',
            },
          },
          conflicts: {
            type: 'array',
            items: {
              $ref: '#/components/schemas/Conflict',
            },
          },
          truncated: {
            type: 'boolean',
          },
        },
      },
    },
  },
} as const;
